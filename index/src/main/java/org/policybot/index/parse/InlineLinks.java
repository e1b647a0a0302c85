package org.policybot.index.parse;

/**
 * Reduces Markdown inline links, {@code [text](url)}, and images, {@code ![alt](url)}, to their
 * text, as a reader of the rendered policy sees them. The destination is read as CommonMark reads
 * it, so a URL may hold balanced parentheses ({@code leave_(2024)}) or sit in angle brackets with
 * spaces ({@code <a b.pdf>}), and a title may follow it. A regular expression stopped at the first
 * {@code )} and left the rest of the URL in the quote.
 *
 * <p>Some destinations CommonMark would refuse still count, up to the first {@code )}, as they
 * always have here: HR writes such links and means them (see {@link #lenientEnd}). Anything else
 * stays as written, word for word, rather than risk dropping policy words with it; {@code policybot
 * check} then warns about it.
 */
final class InlineLinks {

  private InlineLinks() {}

  /** The line with every inline link replaced by its text. */
  static String toText(String line) {
    if (line.indexOf("](") < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('[', i);
      if (open < 0) {
        break;
      }
      boolean image = isImage(line, open, i);
      int close = line.indexOf(']', open + 1);
      int end = close > open + 1 || image && close == open + 1 ? linkEnd(line, close + 1) : -1;
      if (end < 0 || line.lastIndexOf('[', close) != open) {
        out.append(line, i, open + 1);
        i = open + 1;
        continue;
      }
      out.append(line, i, image ? open - 1 : open).append(line, open + 1, close);
      i = end;
    }
    return out.append(line, i, line.length()).toString();
  }

  /**
   * An image, {@code ![alt](url)}, reads as its alt text, as a screen reader reads it, and an image
   * without one (Word's exports have many: {@code ![](media/image1.png)}) as nothing. Before, the
   * quote said "!alt" or the whole image's Markdown.
   */
  private static boolean isImage(String line, int open, int from) {
    return open - 1 >= from
        && line.charAt(open - 1) == '!'
        && (open < 2 || line.charAt(open - 2) != '\\');
  }

  /**
   * The index just past a link's {@code (destination "title")} starting at {@code at}, or -1 when
   * none starts there.
   */
  private static int linkEnd(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '(') {
      return -1;
    }
    int strict = commonMarkEnd(s, at + 1);
    return strict >= 0 ? strict : lenientEnd(s, at + 1);
  }

  /** CommonMark: optional destination, optional title, each after optional spaces, then ')'. */
  private static int commonMarkEnd(String s, int from) {
    int i = spaces(s, from);
    if (i < s.length() && s.charAt(i) == '<') {
      i = angleEnd(s, i + 1);
    } else {
      i = bareEnd(s, i);
    }
    if (i < 0) {
      return -1;
    }
    int afterDestination = i;
    i = spaces(s, i);
    if (i > afterDestination && i < s.length()) {
      int title = titleEnd(s, i);
      if (title >= 0) {
        i = spaces(s, title);
      }
    }
    return i < s.length() && s.charAt(i) == ')' ? i + 1 : -1;
  }

  /** Past the '>' of {@code <destination>}; no line breaks or unescaped '<' inside. */
  private static int angleEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        i++;
      } else if (c == '>') {
        return i + 1;
      } else if (c == '<' || c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Past a bare destination: no spaces or controls, parentheses balanced unless escaped. A bracket
   * ends it too (CommonMark would allow one; URLs in policies percent-encode them): otherwise every
   * '[' of a line of unclosed links ("[a](" a hundred thousand times) scanned to the end of the
   * line, and parsing took time quadratic in its length (31 s for 512 KB).
   */
  private static int bareEnd(String s, int from) {
    int depth = 0;
    int i = from;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        i++;
      } else if (c == '[' || c == ']') {
        return -1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        break;
      }
    }
    return depth == 0 ? i : -1;
  }

  /** Past a {@code "title"}, {@code 'title'} or {@code (title)}, or -1. */
  private static int titleEnd(String s, int from) {
    char first = s.charAt(from);
    char last =
        switch (first) {
          case '"' -> '"';
          case '\'' -> '\'';
          case '(' -> ')';
          default -> 0;
        };
    if (last == 0) {
      return -1;
    }
    for (int i = from + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        i++;
      } else if (c == last) {
        return i + 1;
      } else if (first == '(' && c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Past a destination CommonMark refuses and its ')', the first one: the links HR writes with
   * spaces in the URL, or with a '(' it never closes ({@code (https://x/panel_(2024)}). Not both,
   * as then the first ')' may close the URL's own '(' and words after it would be lost.
   */
  private static int lenientEnd(String s, int from) {
    boolean space = false;
    boolean paren = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ')') {
        return space && paren ? -1 : i + 1;
      } else if (c == '[' || c == ']') {
        return -1;
      }
      space |= Character.isWhitespace(c);
      paren |= c == '(';
    }
    return -1;
  }

  private static int spaces(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
