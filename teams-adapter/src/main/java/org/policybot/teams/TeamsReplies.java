package org.policybot.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import org.policybot.core.Answer;
import org.policybot.core.feedback.Ballots;

/**
 * Turns answers and the adapter's few own messages into Teams message activities. Wording of
 * answers comes from the core; this class only formats and escapes it.
 */
final class TeamsReplies {

  private TeamsReplies() {}

  /**
   * The reply to a question. An answer is a card only: Teams shows message text above a card, which
   * would repeat the quote, so the markdown goes into the card's fallback text and the lead-in
   * becomes the notification summary.
   */
  static Activity answer(Answer answer) {
    return switch (answer.status()) {
      case ANSWERED -> {
        Attachment card = new Attachment();
        card.setContentType(AnswerCard.CONTENT_TYPE);
        card.setContent(AnswerCard.card(answer));
        Activity reply = MessageFactory.attachment(card);
        reply.setSummary(answer.message());
        yield reply;
      }
      case NOT_COVERED -> markdown(TeamsMarkdown.escape(answer.message()));
      case HELP -> markdown(usage(answer));
      case ACKNOWLEDGED -> markdown(TeamsMarkdown.escape(answer.message()));
    };
  }

  /** The greeting when the bot is added to a personal chat: one line, then the usage. */
  static Activity welcome(Answer help) {
    return markdown(
        "Hello! I answer questions about your HR policies by quoting the exact clause.\n\n"
            + usage(help));
  }

  /**
   * Thanks for a vote on an answer; after "Not helpful" it points to the HR contact. A vote that
   * did not count says why.
   *
   * @param hrContact who to ask, in words, as configured for answers
   */
  static Activity feedbackThanks(Ballots.Outcome outcome, Feedback feedback, String hrContact) {
    return markdown(
        switch (outcome) {
          case ALREADY_COUNTED, UNKNOWN_ANSWER -> outcome.reply();
          case COUNTED ->
              feedback.helpful()
                  ? "Thanks, glad it helped. Your feedback is recorded."
                  : "Thanks for telling me. Your feedback is recorded, so HR can improve the"
                      + " answers. If you still need an answer, please ask "
                      + TeamsMarkdown.escape(hrContact.strip())
                      + ".";
        });
  }

  /** The reply to a submission that is not a vote this bot made. */
  static Activity unknownSubmission() {
    return markdown("Sorry, I did not understand that button. Please ask your question again.");
  }

  /** What the user sees when a turn failed. */
  static Activity failure() {
    return markdown("Sorry, something went wrong while answering. Please try again in a minute.");
  }

  /** A markdown message; callers have escaped any text that is not their own. */
  static Activity markdown(String text) {
    Activity reply = MessageFactory.text(text);
    reply.setTextFormat(TextFormatTypes.MARKDOWN);
    return reply;
  }

  private static String usage(Answer help) {
    List<String> lines = new ArrayList<>();
    lines.add(TeamsMarkdown.escape(help.message()));
    if (!help.examples().isEmpty()) {
      lines.add("For example:");
      for (String example : help.examples()) {
        lines.add("- " + TeamsMarkdown.escape(example));
      }
    }
    lines.add("In a channel or group chat, @mention me with your question.");
    return String.join("\n\n", lines);
  }
}
