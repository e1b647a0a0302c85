package org.policybot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.policybot.core.feedback.Ballots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clicks on "Helpful" / "Not helpful": recorded, then acknowledged to the clicker alone. */
final class FeedbackListener {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackListener.class);

  private final Ballots ballots;
  private final ExecutorService background;
  private final String hrContact;

  /**
   * @param ballots which votes count
   * @param background where acknowledgements are sent from
   * @param hrContact who to ask in words, as configured for answers
   */
  FeedbackListener(Ballots ballots, ExecutorService background, String hrContact) {
    this.ballots = Objects.requireNonNull(ballots, "ballots");
    this.background = Objects.requireNonNull(background, "background");
    this.hrContact = Objects.requireNonNull(hrContact, "hrContact");
  }

  void register(App app) {
    app.blockAction(
        Feedback.ACTION_IDS,
        (req, ctx) -> {
          BlockActionPayload.Action action = req.getPayload().getActions().get(0);
          String verdict = Feedback.verdict(action.getActionId());
          Optional<Feedback.Vote> vote = Feedback.Vote.decode(action.getValue());
          Ballots.Outcome outcome = Ballots.Outcome.UNKNOWN_ANSWER;
          String voter =
              req.getPayload().getUser() == null ? null : req.getPayload().getUser().getId();
          if (vote.isPresent() && voter != null) {
            outcome = Feedback.cast(ballots, voter, vote.get(), verdict);
          } else {
            LOG.warn("ignored a feedback click whose value is not a PolicyBot vote");
          }
          String thanks = Feedback.thanks(outcome, verdict, hrContact);
          Background.submit(
              background,
              "feedback acknowledgement",
              () ->
                  ctx.respond(
                      r ->
                          r.responseType("ephemeral")
                              .replaceOriginal(false)
                              .text(Mrkdwn.escape(thanks))));
          return ctx.ack();
        });
  }
}
