package org.policybot.index.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Signs that a line break falls inside a sentence, as text copied from a PDF breaks wherever the
 * page's line ended: "Requests must reach the Headteacher by" / "31 March…". A line starting with a
 * number there is the sentence going on, not a clause, a section or a page number.
 */
final class WrappedLines {

  /** Words a sentence never ends on: articles, prepositions, conjunctions, possessives. */
  private static final Set<String> MID_PHRASE =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "to",
          "by",
          "with",
          "within",
          "under",
          "over",
          "and",
          "or",
          "nor",
          "for",
          "in",
          "on",
          "at",
          "from",
          "than",
          "into",
          "per",
          "via",
          "their",
          "our",
          "your",
          "his",
          "her",
          "its",
          "each",
          "every",
          "least",
          "between",
          "after",
          "before",
          "until",
          "about",
          "up",
          "as",
          "is",
          "are",
          "be",
          "was",
          "were",
          "not",
          "no",
          "any",
          "all",
          "both",
          "these",
          "those",
          "this",
          "that",
          "which",
          "who",
          "whose",
          "including");

  /** "31 March", "1 Sept", "3 January": a date, whose day is no clause number. */
  private static final Pattern MONTH =
      Pattern.compile(
          "^(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

  private WrappedLines() {}

  /** Whether the text ends on a word no sentence or heading ends on ("…agreed with the"). */
  static boolean endsMidPhrase(String text) {
    String t = text.strip();
    int space = t.lastIndexOf(' ');
    String last = t.substring(space + 1).toLowerCase(Locale.ROOT);
    return space > 0 && MID_PHRASE.contains(last);
  }

  /** Whether the text after a line's number starts with a month: the number was a day. */
  static boolean startsWithMonth(String text) {
    return MONTH.matcher(text).find();
  }
}
