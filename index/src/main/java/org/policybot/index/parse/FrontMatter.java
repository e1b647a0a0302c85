package org.policybot.index.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front-matter block at the top of a Markdown file ({@code ---}, {@code version: 5.0},
 * {@code owner: CEO}, {@code ---}), as static-site and some document tools write it, read as the
 * metadata lines the parser knows ({@code **version:** 5.0}); its fences become blank lines, so no
 * line moves. Before, its fields were ignored and an overdue review date went unnoticed.
 */
final class FrontMatter {

  /** How far down the closing fence may be: front matter is a handful of fields. */
  private static final int MOST_LINES = 40;

  private static final Pattern FIELD = Pattern.compile("([A-Za-z][\\w -]{0,40}):[ \\t]+(.+)");

  private FrontMatter() {}

  /** The text with a leading front-matter block rewritten; as many lines as before. */
  static String rewrite(String text) {
    if (!text.startsWith("---")) {
      return text;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (!lines[0].strip().equals("---")) {
      return text;
    }
    int end = -1;
    for (int i = 1; i < Math.min(lines.length, MOST_LINES); i++) {
      String l = lines[i].strip();
      if (l.equals("---") || l.equals("...")) {
        end = i;
        break;
      }
      if (!l.isEmpty() && !FIELD.matcher(l).matches()) {
        // Not YAML fields: a rule over the document. A "# Lone Working Policy" line is its title,
        // not a YAML comment.
        return text;
      }
    }
    if (end < 0) {
      return text;
    }
    lines[0] = "";
    lines[end] = "";
    for (int i = 1; i < end; i++) {
      Matcher m = FIELD.matcher(lines[i].strip());
      lines[i] = m.matches() ? "**" + m.group(1) + ":** " + unquoted(m.group(2).strip()) : "";
    }
    return String.join("\n", lines);
  }

  private static String unquoted(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
