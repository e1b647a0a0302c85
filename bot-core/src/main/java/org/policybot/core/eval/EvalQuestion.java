package org.policybot.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One evaluation row: a question and the clauses that answer it, best first, or none when the
 * policies do not cover it.
 *
 * @param line the row's line in its file, for reports
 * @param question the question as staff would ask it
 * @param acceptable the acceptable clause ids, normalised ({@link #normalise}), best first; empty
 *     means the bot must say "not covered"
 */
public record EvalQuestion(int line, String question, List<String> acceptable) {

  public EvalQuestion {
    Objects.requireNonNull(question, "question");
    acceptable = List.copyOf(acceptable);
  }

  public boolean inScope() {
    return !acceptable.isEmpty();
  }

  /**
   * Clause ids compare by their parts, whatever separates them: 4.6(c), 4.6.c and 4.6c are all
   * "4.6.c". The parts stay apart, so 1.12 and 11.2 remain different clauses.
   */
  public static String normalise(String clauseId) {
    String lower = clauseId.toLowerCase(Locale.ROOT);
    // A letter against a digit starts a part of its own: 6.3a is 6.3(a), a1 is A.1.
    String parted = LETTER_AFTER_DIGIT.matcher(lower).replaceAll("$1.$2");
    parted = DIGIT_AFTER_LETTER.matcher(parted).replaceAll("$1.$2");
    return String.join(
        ".", NON_ALPHANUMERIC.splitAsStream(parted).filter(p -> !p.isEmpty()).toList());
  }

  private static final Pattern LETTER_AFTER_DIGIT = Pattern.compile("([0-9])([a-z])");
  private static final Pattern DIGIT_AFTER_LETTER = Pattern.compile("([a-z])([0-9])");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
}
