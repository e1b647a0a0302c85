package org.policybot.core.feedback;

import java.util.List;
import java.util.Objects;

/**
 * A question staff asked that the bot did not answer well, read back from the answer log: HR's
 * material for new example questions.
 *
 * @param question the question as first asked
 * @param asked how many times it was asked from the first time it was missed on (ignoring case,
 *     spacing, quote marks and closing punctuation)
 * @param notCovered how many of those answers said the policies do not cover it
 * @param votedDown how many of its answers were voted "Not helpful"
 * @param notHelpful the clauses those answers quoted, as {@code policy clause}, each once, in the
 *     order first voted
 */
public record LoggedQuestion(
    String question, int asked, int notCovered, int votedDown, List<String> notHelpful) {

  public LoggedQuestion {
    Objects.requireNonNull(question, "question");
    notHelpful = List.copyOf(notHelpful);
  }

  /** How often it went wrong: not covered, or voted down. */
  public int missed() {
    return notCovered + votedDown;
  }
}
