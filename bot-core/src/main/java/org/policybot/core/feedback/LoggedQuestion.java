package org.policybot.core.feedback;

import java.util.List;
import java.util.Objects;

/**
 * A question staff asked that the bot did not answer well, read back from the answer log: HR's
 * material for new example questions.
 *
 * @param question the question as first asked
 * @param asked how many times it was asked (ignoring case, spacing and closing punctuation)
 * @param notCovered how many of those answers said the policies do not cover it
 * @param notHelpful the clauses quoted for it that someone voted "Not helpful", as {@code policy
 *     clause}, each once, in the order first voted
 */
public record LoggedQuestion(String question, int asked, int notCovered, List<String> notHelpful) {

  public LoggedQuestion {
    Objects.requireNonNull(question, "question");
    notHelpful = List.copyOf(notHelpful);
  }
}
