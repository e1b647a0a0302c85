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
  /** Words that thank or acknowledge; one of them must be in a message for it to be thanks. */
  private static final Set<String> THANKING =
      Set.of(
          "thanks",
          "thank",
          "thankyou",
          "thx",
          "thnx",
          "thanx",
          "ty",
          "tysm",
          "ta",
          "cheers",
          "appreciated",
          "appreciate",
          "helpful",
          "useful",
          "brilliant",
          "brill",
          "perfect",
          "great",
          "fab",
          "fabulous",
          "fantastic",
          "amazing",
          "awesome",
          "excellent",
          "lovely",
          "legend",
          "nice",
          "cool",
          "gotcha",
          "understood",
          "noted",
          "sorted");

  /**
   * Words that may stand beside them in a thank-you ("thank you so much, that's really helpful!").
   * No word that asks or names a subject is here, so "thanks, can I post about my school" and "is a
   * thank you present ok" are questions.
   */
  private static final Set<String> THANKS_FILLER =
      Set.of(
          "you",
          "u",
          "so",
          "soo",
          "sooo",
          "much",
          "very",
          "really",
          "that",
          "thats",
          "that's",
          "this",
          "it",
          "its",
          "it's",
          "was",
          "is",
          "a",
          "lot",
          "lots",
          "loads",
          "for",
          "the",
          "your",
          "all",
          "again",
          "many",
          "super",
          "hugely",
          "x",
          "xx",
          "xxx",
          "ok",
          "okay",
          "k",
          "kk",
          "got",
          "makes",
          "sense",
          "clear",
          "good",
          "one",
          "mate",
          "bot",
          "policybot",
          "just",
          "what",
          "i",
          "needed",
          "to",
          "know",
          "oh",
          "ah",
          "right",
          "fine",
          "alright",
          "will",
          "do",
          "answer",
          "info",
          "help",
          "and",
          "yes",
          "yep",
          "great",
          "thank");

  /** At most this many words: a thank-you is short; a longer message is read as a question. */
  private static final int THANKS_MAX_WORDS = 12;

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}']+");

  /** Whether the message only thanks or acknowledges, with no question in it. */
  static boolean isThanks(String cleaned) {
    if (cleaned.indexOf('?') >= 0) {
      return false;
    }
    String[] words =
        NOT_A_LETTER.split(cleaned.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip());
    int counted = 0;
    boolean thanking = false;
    for (String w : words) {
      String word = w.replaceAll("^'+|'+$", "");
      if (word.isEmpty()) {
        continue;
      }
      counted++;
      if (THANKING.contains(word)) {
        thanking = true;
      } else if (!THANKS_FILLER.contains(word)) {
        return false;
      }
    }
    return thanking && counted <= THANKS_MAX_WORDS;
  }

  static boolean isHelpRequest(String cleaned) {
    String s = cleaned.toLowerCase(Locale.ROOT).replaceAll("[!.\\s]+$", "");
    return s.isEmpty()
        || HELP.contains(s)
        || ABOUT_THE_BOT.matcher(s.replaceAll("[?!.\\s]+$", "").replace('\u2019', '\'')).matches();
  }
}
