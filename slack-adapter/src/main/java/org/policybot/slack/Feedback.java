package org.policybot.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.core.feedback.Ballots;
import org.policybot.core.feedback.FeedbackLog;
import org.policybot.core.feedback.Verdict;

/**
 * "Helpful" / "Not helpful" votes on an answer: the button ids and what a button carries. A click
 * becomes a core vote, which {@link FeedbackLog} writes without the question (it can be personal).
 */
final class Feedback {

  static final String HELPFUL = "policy_feedback_helpful";
  static final String NOT_HELPFUL = "policy_feedback_not_helpful";
  static final Pattern ACTION_IDS = Pattern.compile("^policy_feedback_(helpful|not_helpful)$");

  /** Button values come back from Slack, so what we log from them is kept to plain characters. */
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._()#-]");

  private Feedback() {}

  /**
   * What a feedback button carries, as its value: the answer and the clause it quoted.
   *
   * @param answerId the answer's id
   * @param policyId the quoted policy's id
   * @param clauseId the quoted clause's number
   */
  record Vote(String answerId, String policyId, String clauseId) {

    Vote {
      Objects.requireNonNull(answerId, "answerId");
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(clauseId, "clauseId");
      if (answerId.isBlank()
          || answerId.contains(" ")
          || policyId.isBlank()
          || policyId.contains(" ")) {
        throw new IllegalArgumentException(
            "answer and policy ids must be non-blank words: '"
                + answerId
                + "', '"
                + policyId
                + "'");
      }
    }

    /** The button value: three space-separated fields, the clause number last. */
    String encode() {
      String value = answerId + " " + policyId + " " + clauseId;
      // Slack limits a button value to 2,000 characters; ids are far shorter, so this is a bug.
      if (value.length() > 2_000) {
        throw new IllegalStateException("feedback value too long: " + value.length());
      }
      return value;
    }

    /** The vote a button value carries, or empty when the value is not one of ours. */
    static Optional<Vote> decode(String value) {
      if (value == null) {
        return Optional.empty();
      }
      String[] parts = value.split(" ", 3);
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
        return Optional.empty();
      }
      return Optional.of(new Vote(parts[0], parts[1], parts[2]));
    }
  }

  /** The verdict's wire name for an action id: {@code helpful} or {@code not_helpful}. */
  static String verdict(String actionId) {
    return (HELPFUL.equals(actionId) ? Verdict.HELPFUL : Verdict.NOT_HELPFUL).wireName();
  }

  /**
   * Casts the vote, with the values made safe to log first.
   *
   * @param voter the clicker's Slack user id, from the signed request
   */
  static Ballots.Outcome cast(Ballots ballots, String voter, Vote vote, String verdict) {
    Verdict v =
        Verdict.fromWireName(verdict)
            .orElseThrow(() -> new IllegalArgumentException("bad verdict: '" + verdict + "'"));
    return ballots.cast(
        voter,
        new org.policybot.core.feedback.Vote(
            "slack", safe(vote.answerId()), safe(vote.policyId()), safe(vote.clauseId()), v));
  }

  /**
   * The acknowledgement the clicker sees, as plain text (the caller escapes it).
   *
   * @param hrContact who to ask, in words ("your HR team at hr@example.org")
   */
  static String thanks(Ballots.Outcome outcome, String verdict, String hrContact) {
    return switch (outcome) {
      case ALREADY_COUNTED, UNKNOWN_ANSWER -> outcome.reply();
      case COUNTED ->
          verdict.equals(Verdict.HELPFUL.wireName())
              ? "Thanks for your feedback: glad that helped."
              : "Thanks for your feedback: it helps HR improve the policies. If you still need an"
                  + " answer, please ask "
                  + hrContact.strip()
                  + ".";
    };
  }

  private static String safe(String value) {
    String s = UNSAFE.matcher(value).replaceAll("_");
    // As long as a vote's id may be, so a long policy id still matches the answer it was sent with.
    int max = org.policybot.core.feedback.Vote.MAX_ID_LENGTH;
    return s.length() > max ? s.substring(0, max) : s;
  }
}
