package org.policybot.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One evaluation row: a question and the clauses that answer it, best first, or none when the
 * policies do not cover it.
 *
 * @param line the row's line in its file, for reports
 * @param question the question as staff would ask it
 * @param acceptable the acceptable clause ids, normalised (letters and digits only), best first;
 *     empty means the bot must say "not covered"
 */
public record EvalQuestion(int line, String question, List<String> acceptable) {

  public EvalQuestion {
    Objects.requireNonNull(question, "question");
    acceptable = List.copyOf(acceptable);
  }

  public boolean inScope() {
    return !acceptable.isEmpty();
  }

  /** Clause ids compare with everything but letters and digits removed: 4.6(c) is 4.6.c. */
  public static String normalise(String clauseId) {
    return clauseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
