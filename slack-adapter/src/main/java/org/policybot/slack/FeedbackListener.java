package org.policybot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clicks on "Helpful" / "Not helpful": recorded, then acknowledged to the clicker alone. */
final class FeedbackListener {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackListener.class);

  private final ExecutorService background;
  private final String hrContact;

  /**
   * @param background where acknowledgements are sent from
   * @param hrContact who to ask in words, as configured for answers
   */
  FeedbackListener(ExecutorService background, String hrContact) {
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
          if (vote.isPresent()) {
            Feedback.record(vote.get(), verdict);
          } else {
            LOG.warn("ignored a feedback click whose value is not a PolicyBot vote");
          }
          Background.submit(
              background,
              "feedback acknowledgement",
              () ->
                  ctx.respond(
                      r ->
                          r.responseType("ephemeral")
                              .replaceOriginal(false)
                              .text(Mrkdwn.escape(Feedback.thanks(verdict, hrContact)))));
          return ctx.ack();
        });
  }
}
