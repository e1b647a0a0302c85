package org.policybot.index;

import java.util.Objects;

/**
 * Words a policy shows struck through ({@code ~~…~~} in a Markdown export of Word) that a clause
 * quotes. Struck text is usually a deletion tracked in Word and not yet accepted; the parser keeps
 * the words, as dropping them could lose policy, and {@code policybot check} names them so HR can
 * settle which it is.
 *
 * @param line the 1-based line the struck words start on
 * @param text the struck words as read
 * @param clauseId the clause whose quote holds them
 */
public record StruckText(int line, String text, String clauseId) {

  public StruckText {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(clauseId, "clauseId");
  }
}
