package org.policybot.core;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans what staff typed and recognises requests for help. */
final class QuestionText {

  /** Longer input is cut: no policy question needs more, and it bounds the work per question. */
  static final int MAX_CHARS = 2_000;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
  private static final Pattern SPACE = Pattern.compile("\\s+");
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

  private QuestionText() {}

  /** The question without control characters, whitespace collapsed, at most MAX_CHARS. */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
    s = CONTROL.matcher(s).replaceAll(" ");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    if (s.length() > MAX_CHARS) {
      int cut = MAX_CHARS;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
      s = s.substring(0, cut);
    }
    return s;
  }

  /** Whether a cleaned question asks for usage rather than policy. */
  static boolean isHelpRequest(String cleaned) {
    String s = cleaned.toLowerCase(Locale.ROOT).replaceAll("[!.\\s]+$", "");
    return s.isEmpty() || HELP.contains(s);
  }
}
