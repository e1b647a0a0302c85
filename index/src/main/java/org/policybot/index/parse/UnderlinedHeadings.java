package org.policybot.index.parse;

import java.util.regex.Pattern;

/**
 * Headings underlined with {@code ===} or {@code ---} (Markdown's setext headings, and how plain
 * text marks a heading) written as {@code #} and {@code ##} headings, the underline left blank, so
 * the rest of the parser reads them like any other heading and no line moves. Before, the heading's
 * words were quoted as the end of the clause above ("…maternity leave will end. Maternity leave")
 * and every clause lost its section.
 *
 * <p>A {@code ---} line is also a horizontal rule, so a line counts as underlined only when it
 * reads as a heading: alone after a blank line (or first in the file), short, not a list item, a
 * table row or an existing heading, and not a field or a sentence ("**Owner:** HR", "…in
 * writing.").
 */
final class UnderlinedHeadings {

  private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(?:={3,}|-{3,})[ \\t]*");

  private static final Pattern NOT_A_HEADING =
      Pattern.compile("\\s*(?:[-*+•|#>]|\\d{1,2}\\)).*|.*[.:;,]\\s*|[^:]{1,40}:\\s.*");

  private static final int LONGEST = 100;

  private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s");

  private UnderlinedHeadings() {}

  /** The text with its underlined headings written with {@code #}; as many lines as before. */
  static String rewrite(String text) {
    if (!text.contains("---") && !text.contains("===")) {
      return text; // most policies: nothing to do
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String under = lines[i + 1];
      if (line.isEmpty()
          || line.length() > LONGEST
          || i > 0 && !lines[i - 1].isBlank()
          // A heading stands apart; rows straight under the dashes are a one-column table's.
          || i + 2 < lines.length && !lines[i + 2].isBlank()
          || !UNDERLINE.matcher(under).matches()
          || NOT_A_HEADING.matcher(line).matches()) {
        continue;
      }
      if (NUMBERED.matcher(line).lookingAt()) {
        // "2. Medical certificates" or "1.2 Staff must keep in touch": the number's own rules
        // decide whether it heads a section or is a clause; only the underline goes.
        lines[i + 1] = "";
      } else if (Headings.isTitleLike(line)) {
        lines[i] = (under.strip().charAt(0) == '=' ? "# " : "## ") + line;
        lines[i + 1] = "";
      }
      i++;
    }
    return String.join("\n", lines);
  }
}
