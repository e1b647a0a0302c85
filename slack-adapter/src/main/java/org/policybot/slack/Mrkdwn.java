package org.policybot.slack;

import java.util.regex.Pattern;

/**
 * Slack's mrkdwn rules in one place: the one escaper for text we send, and the reverse for text
 * Slack sends us. Slack treats {@code <...>} as pings and links and {@code &} as an entity, so
 * every user- or file-supplied string goes through {@link #escape} or {@link #fit} before it is
 * placed in a message (api.slack.com/reference/surfaces/formatting).
 */
final class Mrkdwn {

  /** Slack rejects a section or context text object longer than this. */
  static final int TEXT_MAX = 3_000;

  /** Slack rejects a message with more blocks than this. */
  static final int BLOCKS_MAX = 50;

  /**
   * Slack rejects messages with about 12,000 characters of block text ({@code msg_blocks_too_long},
   * undocumented), so whole messages stay below this.
   */
  static final int MESSAGE_TEXT_MAX = 11_000;

  private static final String ELLIPSIS = "…";

  /** User mentions as Slack sends them: {@code <@U123>} or {@code <@U123|name>}. */
  private static final Pattern USER_MENTION = Pattern.compile("<@[UW][A-Z0-9]+(?:\\|[^>]*)?>");

  private Mrkdwn() {}

  /** The text with {@code &}, {@code <} and {@code >} escaped, so it cannot ping or link. */
  static String escape(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    raw.codePoints().forEach(cp -> out.append(escaped(cp)));
    return out.toString();
  }

  /**
   * The text escaped and, when the escaped form would exceed {@code max} characters, cut at a word
   * boundary with an ellipsis. Cutting after escaping would risk splitting an entity such as {@code
   * &amp;}, so the budget is counted on the escaped form as it is built.
   */
  static String fit(String raw, int max) {
    return fit(raw, max, (text, i) -> escaped(text.codePointAt(i)));
  }

  /**
   * Quoted words, shown as written: {@link #escape} and, as Slack has no escape for its formatting
   * characters, each of {@code * _ ~ `} that could open or close bold, italics, strike-through or
   * code (one at the edge of a word: {@code *bold*}) set between zero-width spaces, so a policy's
   * asterisks show as asterisks. One inside a word ({@code hr_support@trust.org.uk}, a URL's {@code
   * keeping_children_safe}) formats nothing in Slack and is left alone, so addresses and links
   * still work and copy as written.
   */
  static String literal(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
      out.append(literalAt(raw, i));
    }
    return out.toString();
  }

  /** {@link #fit}, for quoted words shown as written ({@link #literal}). */
  static String fitLiteral(String raw, int max) {
    return fit(raw, max, Mrkdwn::literalAt);
  }

  /** How the character at an index of a text is written out. */
  private interface Piece {
    String at(String text, int index);
  }

  private static String fit(String raw, int max, Piece escaper) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2, got " + max);
    }
    StringBuilder whole = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
      whole.append(escaper.at(raw, i));
    }
    if (whole.length() <= max) {
      return whole.toString();
    }
    StringBuilder out = new StringBuilder(max);
    int lastSpace = -1;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      String piece = escaper.at(raw, i);
      if (out.length() + piece.length() > max - ELLIPSIS.length()) {
        break;
      }
      if (Character.isWhitespace(cp)) {
        lastSpace = out.length();
      }
      out.append(piece);
      i += Character.charCount(cp);
    }
    // Prefer a whole word unless that would throw away most of the budget.
    if (lastSpace > out.length() / 2) {
      out.setLength(lastSpace);
    }
    return out.toString().stripTrailing() + ELLIPSIS;
  }

  /**
   * What a person typed, from Slack's message or command text: user mentions (the bot's own {@code
   * <@U...>} among them) removed and Slack's three entities turned back into characters, so the
   * search sees the words and our reply can escape them exactly once.
   */
  static String incoming(String slackText) {
    if (slackText == null) {
      return "";
    }
    String s = USER_MENTION.matcher(slackText).replaceAll(" ");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return s.strip();
  }

  /**
   * A link {@code <url|label>}. The label is escaped; the URL is kept free of the characters that
   * would end the link early ({@code |}, {@code >}) or open another ({@code <}).
   */
  static String link(String url, String label) {
    String safeUrl =
        url.replace("&", "&amp;")
            .replace("|", "%7C")
            .replace("<", "%3C")
            .replace(">", "%3E")
            .replace(" ", "%20");
    return "<" + safeUrl + "|" + escape(label) + ">";
  }

  /** Quotes escaped text: every line becomes a mrkdwn quote line. */
  static String quote(String escapedText) {
    return ">" + escapedText.replace("\n", "\n>");
  }

  private static String literalAt(String text, int i) {
    int cp = text.codePointAt(i);
    boolean marker = cp == '*' || cp == '_' || cp == '~' || cp == '`';
    if (!marker || insideWord(text, i)) {
      return escaped(cp);
    }
    return ZERO_WIDTH_SPACE + Character.toString(cp) + ZERO_WIDTH_SPACE;
  }

  /** Whether the character at {@code i} has a letter or digit on both sides. */
  private static boolean insideWord(String text, int i) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    return Character.isLetterOrDigit(text.codePointBefore(i))
        && Character.isLetterOrDigit(text.codePointAt(i + 1));
  }

  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private static String escaped(int cp) {
    return switch (cp) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      default -> Character.toString(cp);
    };
  }
}
