package org.policybot.index;

import java.util.Objects;

/**
 * A short line between two clauses that reads like a heading ("Sick pay", "Right of appeal") but
 * not clearly enough to be taken for one, so it is quoted as the last words of the clause above:
 * dropping a qualifier such as "Term-time staff only" would change what the clause says. {@code
 * policybot check} names it so HR can mark it as a heading or finish it as a sentence.
 *
 * @param line the 1-based line it stands on
 * @param text the line as read
 * @param clauseId the clause whose quote ends with it
 */
public record HeadingInClause(int line, String text, String clauseId) {

  public HeadingInClause {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(clauseId, "clauseId");
  }
}
