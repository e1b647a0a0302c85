package org.policybot.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Helpful" / "Not helpful" votes on an answer: the button ids, what a button carries, and the log
 * line a click becomes. The line names the answer, policy, clause and verdict and never the
 * question, which can be personal.
 */
final class Feedback {

  static final String HELPFUL = "policy_feedback_helpful";
  static final String NOT_HELPFUL = "policy_feedback_not_helpful";
  static final Pattern ACTION_IDS = Pattern.compile("^policy_feedback_(helpful|not_helpful)$");

  /** A stable logger name, so operators can route feedback without knowing class names. */
  static final Logger LOG = LoggerFactory.getLogger("policybot.feedback");

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
    return HELPFUL.equals(actionId) ? "helpful" : "not_helpful";
  }

  /** Writes the feedback line, as key-value pairs and as readable text. */
  static void record(Vote vote, String verdict) {
    String answer = safe(vote.answerId());
    String policy = safe(vote.policyId());
    String clause = safe(vote.clauseId());
    LOG.atInfo()
        .addKeyValue("channel", "slack")
        .addKeyValue("answer_id", answer)
        .addKeyValue("policy", policy)
        .addKeyValue("clause", clause)
        .addKeyValue("verdict", verdict)
        .log(
            "feedback channel=slack answer_id={} policy={} clause={} verdict={}",
            answer,
            policy,
            clause,
            verdict);
  }

  /**
   * The acknowledgement the clicker sees, as plain text (the caller escapes it).
   *
   * @param hrContact who to ask, in words ("your HR team at hr@example.org")
   */
  static String thanks(String verdict, String hrContact) {
    return verdict.equals("helpful")
        ? "Thanks for your feedback: glad that helped."
        : "Thanks for your feedback: it helps HR improve the policies. If you still need an"
            + " answer, please ask "
            + hrContact.strip()
            + ".";
  }

  private static String safe(String value) {
    String s = UNSAFE.matcher(value).replaceAll("_");
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
