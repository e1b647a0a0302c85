package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
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
          "tysm",
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
          "sorted",
          "helps",
          "helped");

  /**
   * "ta" and "ty" thank only on their own ("ta", "ty x"): in a sentence "TA" is a teaching
   * assistant.
   */
  private static final Set<String> SHORT_THANKS = Set.of("ta", "ty");

  /** What may follow them: "ta very much", "ty x". */
  private static final Set<String> SHORT_THANKS_AFTER = Set.of("x", "xx", "mate", "very", "much");

  /**
   * Words that may stand beside them in a thank-you ("thank you so much, that's really helpful!",
   * "thanks for getting back to me"). No word that names a subject is here, and none that asks: a
   * question word anywhere makes the message a question ({@link #ASKING}).
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
          "indeed",
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
          "guys",
          "everyone",
          "bot",
          "policybot",
          "just",
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
          "answers",
          "my",
          "question",
          "info",
          "information",
          "advice",
          "help",
          "and",
          "yes",
          "yep",
          "million",
          "bunch",
          "heaps",
          "exactly",
          "getting",
          "back",
          "me",
          "time",
          "today",
          "now",
          "i",
          "i'll",
          "i've",
          "we",
          "great",
          "thank");

  /** Words that ask: with one of them, "thanks, is that right" and "ok thanks, what do I do". */
  private static final Set<String> ASKING =
      Set.of(
          "what", "who", "when", "where", "why", "how", "which", "can", "could", "should", "would",
          "does", "did", "is", "am", "are", "may", "might", "must", "shall");

  /** Words before a "what" that tells rather than asks: "that's what I needed". */
  private static final Set<String> TELLING_WHAT = Set.of("that's", "thats", "exactly", "just");

  /** Words before an "is" that tells rather than asks: "that is really helpful". */
  private static final Set<String> TELLING_IS = Set.of("that", "this", "it");

  /** What may stand between that "is" and its praise: "that is really helpful". */
  private static final Set<String> INTENSIFIERS =
      Set.of("really", "very", "so", "super", "soo", "sooo", "hugely", "incredibly", "most");

  /** At most this many words: a thank-you is short; a longer message is read as a question. */
  private static final int THANKS_MAX_WORDS = 12;

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}']+");

  /** Whether the message only thanks or acknowledges, with no question in it. */
  static boolean isThanks(String cleaned) {
    if (cleaned.indexOf('?') >= 0) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String w :
        NOT_A_LETTER.split(cleaned.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip())) {
      String word = w.replaceAll("^'+|'+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty() || words.size() > THANKS_MAX_WORDS) {
      return false;
    }
    if (SHORT_THANKS.contains(words.get(0))
        && words.size() <= 3
        && words.stream().skip(1).allMatch(SHORT_THANKS_AFTER::contains)) {
      return true;
    }
    boolean thanking = false;
    String before = "";
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      // "that's exactly what I needed" and "that is really helpful" tell; "what do I do", "is
      // that right" and "it is ok for me to do that" ask.
      boolean tells =
          word.equals("what") && TELLING_WHAT.contains(before)
              || word.equals("is") && TELLING_IS.contains(before) && praiseFollows(words, i + 1);
      if (ASKING.contains(word) && !tells) {
        return false;
      }
      if (THANKING.contains(word)) {
        thanking = true;
      } else if (!THANKS_FILLER.contains(word) && !tells) {
        return false;
      }
      before = word;
    }
    return thanking;
  }

  /** Whether a word of thanks comes next, after any "really", "very" or "so". */
  private static boolean praiseFollows(List<String> words, int from) {
    int i = from;
    while (i < words.size() && INTENSIFIERS.contains(words.get(i))) {
      i++;
    }
    return i < words.size() && THANKING.contains(words.get(i));
  }

  static boolean isHelpRequest(String cleaned) {
    String s = cleaned.toLowerCase(Locale.ROOT).replaceAll("[!.\\s]+$", "");
    return s.isEmpty()
        || HELP.contains(s)
        || ABOUT_THE_BOT.matcher(s.replaceAll("[?!.\\s]+$", "").replace('\u2019', '\'')).matches();
  }
}
