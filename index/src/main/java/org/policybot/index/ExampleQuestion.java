package org.policybot.index;

import java.util.Objects;

/**
 * A way staff ask about a clause, written by HR in the policy file's example-questions block. Never
 * quoted: it only helps the bot recognise questions put in other words than the clause's.
 *
 * @param clauseId the clause it is about, as the policy numbers it ({@code 4.6(c)}) when the
 *     written number matched a clause, else as written
 * @param question the question, whitespace normalised
 * @param line the 1-based line of the policy file it is on
 */
public record ExampleQuestion(String clauseId, String question, int line) {

  public ExampleQuestion {
    Objects.requireNonNull(clauseId, "clauseId");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("example question must not be blank");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }
}
