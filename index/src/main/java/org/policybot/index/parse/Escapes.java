package org.policybot.index.parse;

/**
 * Markdown's backslash escapes: a backslash before ASCII punctuation makes it a plain character
 * (CommonMark), and pandoc writes one before every character of a Word document that Markdown would
 * otherwise read as markup ({@code 1\. Introduction}, {@code \(a\)}, {@code \[insert name\]},
 * {@code term\*}). Before lines are classified each escaped character becomes a stand-in that no
 * markup or layout rule matches (a {@code \#} line is no heading, {@code \|} splits no table row,
 * {@code \*\*} is no bold); {@link Markup#strip} turns it back into the character, so quotes show
 * it without its backslash, and paragraph numbers, which are read from that visible text, read as
 * numbers.
 *
 * <p>The stand-ins are the 32 Unicode noncharacters U+FDD0 to U+FDEF, one for each ASCII
 * punctuation character: Unicode keeps them for a program's own use, so no document holds them.
 */
final class Escapes {

  /** CommonMark's ASCII punctuation, in code point order; the index picks the stand-in. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private static final char FIRST = '\uFDD0';

  private Escapes() {}

  /** The line with every escaped character replaced by its stand-in and its backslash gone. */
  static String protect(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int k = c == '\\' && i + 1 < line.length() ? PUNCTUATION.indexOf(line.charAt(i + 1)) : -1;
      if (k >= 0) {
        out.append((char) (FIRST + k));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text with every stand-in turned back into its character. */
  static String restore(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      int k = s.charAt(i) - FIRST;
      if (k >= 0 && k < PUNCTUATION.length()) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, PUNCTUATION.charAt(k));
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Whether the line's first character, after spaces, was escaped: {@code \* Dates may vary…} is a
   * note that starts with an asterisk, not a bullet.
   */
  static boolean startsEscaped(String line) {
    String s = line.stripLeading();
    return !s.isEmpty() && s.charAt(0) - FIRST >= 0 && s.charAt(0) - FIRST < PUNCTUATION.length();
  }
}
