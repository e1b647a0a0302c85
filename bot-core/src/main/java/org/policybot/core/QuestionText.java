package org.policybot.core;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans what staff typed and recognises requests for help. */
final class QuestionText {

  /** Longer input is cut: no policy question needs more, and it bounds the work per question. */
  static final int MAX_CHARS = 2_000;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  /**
   * Invisible format characters (zero-width space and joiner, soft hyphen, word joiner, direction
   * marks) that copy and paste leaves inside words: removed, not read as spaces, so "Twit\u200Bter"
   * is still "Twitter".
   */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

  /** Any Unicode space, the no-break spaces of Word and Outlook included. */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

  private static final Set<String> HELP =
      Set.of(
          "help",
          "?",
          "usage",
          "commands",
          "what can you do",
          "how do i use this",
          "menu",
          "start");

  /**
   * Questions about the bot itself ("who made you?", "are you a real person?") get the usage, not a
   * search: their words ("made", "real") otherwise meet a clause that uses them in another sense.
   */
  private static final Pattern ABOUT_THE_BOT =
      Pattern.compile(
          "(?:who|what) (?:made|built|created|designed|programmed|wrote|runs) (?:you|u|this bot)"
              + "|(?:who|what) (?:are|r) (?:you|u)"
              + "|what(?:'s| is) your name"
              + "|(?:are|r) (?:you|u) (?:a |an )?(?:real|human|person|bot|robot|ai|machine"
              + "|computer|chatbot)(?: person| human| bot)?(?: or (?:a |an )?\\w+)?");

  private QuestionText() {}

  /** The question without control characters, whitespace collapsed, at most MAX_CHARS. */
  static String clean(String raw) {
    String s = collapsed(raw);
    if (s.length() > MAX_CHARS) {
      int cut = MAX_CHARS;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
      s = s.substring(0, cut);
    }
    return s;
  }

  /**
   * Whether {@link #clean} cuts the question short, so the answer can say it read only the start.
   */
  static boolean isCut(String raw) {
    return raw != null && raw.length() > MAX_CHARS && collapsed(raw).length() > MAX_CHARS;
  }

  /** Control characters out and whitespace collapsed, of at most twice MAX_CHARS of input. */
  private static String collapsed(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
    String visible = CONTROL.matcher(FORMAT.matcher(s).replaceAll("")).replaceAll(" ");
    return SPACE.matcher(visible).replaceAll(" ").strip();
  }

  /** Whether a cleaned question asks for usage, or about the bot, rather than policy. */
  static boolean isHelpRequest(String cleaned) {
    String s = cleaned.toLowerCase(Locale.ROOT).replaceAll("[!.\\s]+$", "");
    return s.isEmpty()
        || HELP.contains(s)
        || ABOUT_THE_BOT.matcher(s.replaceAll("[?!.\\s]+$", "").replace('\u2019', '\'')).matches();
  }
}
