package org.policybot.app.server;

import java.util.Locale;

/**
 * The one HTML escaper for pages: every string from a policy file, a question or a URL goes through
 * it, both as element text and as (always double-quoted) attribute values.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for HTML element content and double-quoted attributes. Control characters other
   * than tab, newline and carriage return are dropped: they have no visible meaning and are parse
   * errors in HTML.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A link target that is safe in an {@code href}: http(s) URLs, same-site paths and paths relative
   * to the page ({@code ./}, {@code ../}) pass (escaped); anything else, such as {@code
   * javascript:} or {@code data:}, becomes {@code #}.
   */
  static String href(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    // A backslash would let "/\evil.example" act as a protocol-relative link in browsers.
    boolean safe =
        u.indexOf('\\') < 0
            && (lower.startsWith("https://")
                || lower.startsWith("http://")
                || (u.startsWith("/") && !u.startsWith("//"))
                || u.startsWith("./")
                || u.startsWith("../")
                || u.startsWith("#"));
    return safe ? escape(u) : "#";
  }
}
