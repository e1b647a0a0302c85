package org.policybot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.policybot.core.Answer;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.RecentDeliveries;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.feedback.Ballots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Teams bot: translates a Teams turn into a question for the core and the answer back into a
 * reply. Holds no policy logic. Replies go to the incoming activity, so in a channel they land in
 * its thread. Thread-safe: it keeps no per-turn state.
 */
@SuppressWarnings("deprecation") // ActivityHandler is deprecated only to flag the SDK's retirement
final class PolicyTeamsBot extends TeamsActivityHandler {

  static final String PERSONAL = "personal";

  /** The activities the bot answers: messages (and card submissions) and being added. */
  private static final Set<String> HANDLED_TYPES =
      Set.of(ActivityTypes.MESSAGE, ActivityTypes.CONVERSATION_UPDATE);

  private static final Logger LOG = LoggerFactory.getLogger(PolicyTeamsBot.class);

  /** Other people's mentions stay readable as their names. */
  private static final Pattern OTHER_MENTION = Pattern.compile("</?at>");

  private final PolicyAnswerer answerer;
  private final AdminStatus status;
  private final AnswerLog log;
  private final Executor searches;
  private final RecentDeliveries deliveries;
  private final TrustedSource source;
  private final Ballots ballots;

  /**
   * @param answerer the core
   * @param status the admin-only status command
   * @param log where answers are noted
   * @param searches where the Lucene search runs, off the SDK's shared pool
   * @param deliveries the activities answered lately, so a redelivery is not answered again
   * @param source which authenticated activities are served
   * @param ballots which votes count
   */
  PolicyTeamsBot(
      PolicyAnswerer answerer,
      AdminStatus status,
      AnswerLog log,
      Executor searches,
      RecentDeliveries deliveries,
      TrustedSource source,
      Ballots ballots) {
    this.answerer = Objects.requireNonNull(answerer, "answerer");
    this.status = Objects.requireNonNull(status, "status");
    this.log = Objects.requireNonNull(log, "log");
    this.searches = Objects.requireNonNull(searches, "searches");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.source = Objects.requireNonNull(source, "source");
    this.ballots = Objects.requireNonNull(ballots, "ballots");
  }

  /**
   * Runs the turn once per activity, turning an exception thrown on the spot (say, a rejected
   * search task) into a failed future: only those reach the adapter's turn-error handler, which
   * tells the user. Teams delivers an activity again, with the same id, when the first delivery
   * took too long to acknowledge; the repeat is acknowledged and not answered, so staff get one
   * answer and a vote counts once. The SDK has checked the token by the time a turn runs, so a
   * forged request cannot use up a real activity's id. A turn that fails is forgotten, so its
   * redelivery is answered.
   */
  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    Activity activity = turn.getActivity();
    Optional<String> refused = source.refusal(activity);
    if (refused.isPresent()) {
      LOG.warn("ignored a Teams activity: {}", refused.get());
      return CompletableFuture.completedFuture(null);
    }
    if (!HANDLED_TYPES.contains(activity.getType())) {
      // Events, invokes, reactions: the bot offers none of them. The SDK's handlers for them
      // throw on malformed ones and put its exception text in the HTTP reply.
      LOG.debug("ignored a Teams activity of type {}", activity.getType());
      return CompletableFuture.completedFuture(null);
    }
    String delivery = deliveryId(activity);
    if (delivery != null && !deliveries.firstDelivery(delivery)) {
      LOG.info("skipped a repeated delivery of Teams activity {}", turn.getActivity().getId());
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done;
    try {
      done = super.onTurn(turn);
    } catch (RuntimeException e) {
      done = CompletableFuture.failedFuture(e);
    }
    return delivery == null
        ? done
        : done.whenComplete(
            (ok, failed) -> {
              if (failed != null) {
                deliveries.forget(delivery);
              }
            });
  }

  /** Activity ids are unique within their conversation; null when the activity has none. */
  private static String deliveryId(Activity activity) {
    if (activity.getId() == null
        || activity.getConversation() == null
        || activity.getConversation().getId() == null) {
      return null;
    }
    return activity.getConversation().getId() + "\n" + activity.getId();
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
    Activity activity = turn.getActivity();
    if (activity.getValue() != null) {
      return onSubmit(turn);
    }
    String question = questionText(activity);
    if (AdminStatus.isCommand(question)) {
      if (!isPersonal(activity)) {
        // The report names publishers and refused files: for the HR admin, not the channel.
        return send(turn, TeamsReplies.markdown(AdminStatus.PERSONAL_ONLY));
      }
      String aadObjectId = activity.getFrom() == null ? null : activity.getFrom().getAadObjectId();
      return send(turn, TeamsReplies.markdown(status.reply(aadObjectId)));
    }
    return CompletableFuture.supplyAsync(() -> ask(question), searches)
        .thenCompose(answer -> send(turn, TeamsReplies.answer(answer)));
  }

  private Answer ask(String question) {
    Answer a = answerer.answer(question);
    log.record(a, "teams");
    // The card's vote buttons name this answer and clause; only such votes count.
    a.clause().ifPresent(c -> ballots.sent(a.id(), c.policyId(), c.clauseId()));
    return a;
  }

  /**
   * Welcomes the user when the bot is added to a personal chat. Replaces the SDK's dispatch, which
   * looks up every added member over the network and blocks while doing so.
   */
  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
    Activity activity = turn.getActivity();
    if (!isPersonal(activity) || !botWasAdded(activity)) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.supplyAsync(() -> answerer.answer(""), searches)
        .thenCompose(help -> send(turn, TeamsReplies.welcome(help)));
  }

  /**
   * A card button was pressed: cast the vote and say whether it counted, or say the payload is not
   * understood. The voter is the Teams user the channel's token vouches for.
   */
  private CompletableFuture<Void> onSubmit(TurnContext turn) {
    Activity activity = turn.getActivity();
    String voter = activity.getFrom() == null ? null : activity.getFrom().getId();
    return Feedback.from(Serialization.objectToTree(activity.getValue()))
        .filter(vote -> voter != null)
        .map(
            vote ->
                send(
                    turn,
                    TeamsReplies.feedbackThanks(
                        vote.cast(ballots, voter), vote, answerer.settings().hrContact())))
        .orElseGet(() -> send(turn, TeamsReplies.unknownSubmission()));
  }

  /**
   * The question without the bot's @mention. Teams puts {@code <at>Name</at>} in the text of
   * channel and group messages; the SDK removes the bot's, and the tags of any other mention are
   * dropped so only the person's name remains.
   */
  static String questionText(Activity activity) {
    if (activity.getText() == null) {
      return "";
    }
    List<Mention> mentions;
    try {
      mentions = activity.getMentions();
    } catch (RuntimeException e) {
      // A mention entity without a type makes the SDK throw; such an entity names no one.
      mentions = List.of();
    }
    try {
      activity.removeRecipientMention();
    } catch (RuntimeException e) {
      // The SDK uses the mention text as a regex, which a name like "HR (policies" breaks, and
      // trips over a mention without "mentioned". The literal pass below covers both.
    }
    String text = activity.getText() == null ? "" : activity.getText();
    ChannelAccount bot = activity.getRecipient();
    if (bot != null && bot.getId() != null) {
      // And where the regex did not match itself ("." or "(" in the name), remove it literally.
      for (Mention mention : mentions) {
        if (mention.getMentioned() != null
            && bot.getId().equals(mention.getMentioned().getId())
            && mention.getText() != null
            && !mention.getText().isEmpty()) {
          text = text.replace(mention.getText(), "");
        }
      }
    }
    text = OTHER_MENTION.matcher(text).replaceAll("");
    return text.replace("&nbsp;", " ").strip();
  }

  private static boolean isPersonal(Activity activity) {
    return activity.getConversation() != null
        && PERSONAL.equals(activity.getConversation().getConversationType());
  }

  private static boolean botWasAdded(Activity activity) {
    if (activity.getMembersAdded() == null || activity.getRecipient() == null) {
      return false;
    }
    String botId = activity.getRecipient().getId();
    return activity.getMembersAdded().stream().anyMatch(m -> Objects.equals(m.getId(), botId));
  }

  private static CompletableFuture<Void> send(TurnContext turn, Activity reply) {
    return turn.sendActivity(reply).thenApply(sent -> null);
  }
}
