package org.policybot.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text from staff and policy files for Teams markdown (message text and Adaptive Card
 * TextBlocks), so a clause containing {@code *}, {@code _} or {@code [x](y)} is shown as written
 * and cannot forge formatting, links or mentions.
 */
final class TeamsMarkdown {

  /** Characters that start emphasis, code, links, HTML or headings anywhere in a line. */
  private static final Pattern INLINE = Pattern.compile("([\\\\`*_~\\[\\]<>#|])");

  /** A line that would become a list item ({@code - x}, {@code + x}, {@code 1. x}). */
  private static final Pattern LIST_START =
      Pattern.compile("(?m)^(\\s*)(?:([-+])|(\\d+)([.)]))(?=\\s)");

  private TeamsMarkdown() {}

  /** The text with markdown syntax made literal; {@code null} becomes empty. */
  static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = INLINE.matcher(text).replaceAll("\\\\$1");
    Matcher m = LIST_START.matcher(s);
    StringBuilder out = new StringBuilder(s.length() + 8);
    while (m.find()) {
      String replacement =
          m.group(2) != null
              ? m.group(1) + "\\" + m.group(2)
              : m.group(1) + m.group(3) + "\\" + m.group(4);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A markdown link with escaped text. The URL comes from our own settings, but characters that
   * would end the link early are percent-encoded anyway.
   */
  static String link(String text, String url) {
    String safeUrl =
        url.replace(" ", "%20")
            .replace("(", "%28")
            .replace(")", "%29")
            .replace("<", "%3C")
            .replace(">", "%3E");
    return "[" + escape(text) + "](" + safeUrl + ")";
  }
}
