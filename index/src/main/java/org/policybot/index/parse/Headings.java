package org.policybot.index.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules about heading text: what reads as a title, what marks a contents list, title case. */
final class Headings {

  private static final Pattern CONTENTS = Pattern.compile("(?i)^(table of )?contents:?$|^index:?$");
  private static final Pattern DOCUMENT_CONTROL =
      Pattern.compile(
          "(?i)^(version control|version history|document (control|history)|revision history"
              + "|change (log|history)|amendments?( history| record)?|record of amendments):?$");

  /** A page number after dot leaders, an ellipsis, a tab or a run of spaces. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(.*?)(?:\\s*(?:\\.{2,}|\u2026+|_{3,})\\s*|\\s+)(\\d{1,3})$");

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  private Headings() {}

  static boolean isContents(String text) {
    return CONTENTS.matcher(text.strip()).matches();
  }

  static boolean isDocumentControl(String text) {
    return DOCUMENT_CONTROL.matcher(text.strip()).matches();
  }

  /** A contents-list entry: a title followed by dot leaders and a page number. */
  static boolean hasDotLeaders(String text) {
    return text.matches(".*(\\.{3,}|\u2026|_{3,})\\s*\\d{1,3}$");
  }

  /** A line that ends in a page number, loosely: only trusted inside a contents list. */
  static boolean endsWithPageNumber(String text) {
    return PAGE_NUMBER.matcher(text).matches();
  }

  /**
   * Whether the text after a number reads as a heading ({@code Purpose}, {@code Use at work:})
   * rather than a sentence of policy.
   */
  static boolean isTitleLike(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 80) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 9 || !Character.isUpperCase(t.codePointAt(0)) && !isAllCaps(t)) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == ';' || last == ',' || last == '?' || last == '!') {
      return false;
    }
    if (last == ':') {
      return isAllCaps(t) || capitalisedShare(words) >= 0.6;
    }
    return true;
  }

  /**
   * A line that reads as a heading and nothing else: title-like, in capitals, Title Case or a short
   * phrase in sentence case led by a verb in -ing, with no colon or digit ("Keeping in Touch",
   * "Returning to work after a long absence", not "Telephone: 0800 028 0285", "This applies to
   * term-time staff only" or "Staff must not smoke on site").
   */
  static boolean looksLikeHeading(String text) {
    String t = text.strip();
    if (!isTitleLike(t) || t.indexOf(':') >= 0 || t.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = t.split("\\s+");
    // Capitals and five words at most: "KEEPING IN TOUCH" is a heading, "DO NOT REPORT ABSENCE BY
    // TEXT" an instruction in capitals.
    if (isAllCaps(t)) {
      return words.length <= 5;
    }
    return capitalisedShare(words) >= 0.6 || isSentenceCaseHeading(words);
  }

  /**
   * A short line that could be a heading though {@link #looksLikeHeading} will not say so: title-
   * like, eight words at most, no colon or digit, no modal verb that makes it a sentence: "Sick
   * pay" and "Right of appeal", but also a qualifier such as "Term-time staff only", which only HR
   * can tell apart.
   */
  static boolean mightBeHeading(String text) {
    String t = text.strip();
    if (!isTitleLike(t) || t.indexOf(':') >= 0 || t.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 8 || isAllCaps(t)) {
      return false;
    }
    for (String w : words) {
      if (FINITE.contains(bare(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Word and GOV.UK style write headings in sentence case: "Making a request", "Returning to work
   * after a long absence". Only a phrase led by a verb in -ing is taken for one: a short line such
   * as "This applies to term-time staff only" or "Subject to the headteacher's agreement" is a
   * qualifier of the clause above, and dropping it from the quote would change what the clause
   * says.
   */
  private static boolean isSentenceCaseHeading(String[] words) {
    if (words.length > 8) {
      return false;
    }
    String first = bare(words[0]);
    if (!first.endsWith("ing") || first.length() < 6 || NOT_GERUNDS.contains(first)) {
      return false;
    }
    for (String w : words) {
      if (FINITE.contains(bare(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a title-like line reads as a sentence that lacks its full stop, or as the first line of
   * one wrapped in mid-flow, rather than as a title: it has a verb that makes it a sentence ("This
   * policy will be reviewed every two years"), it is led by a determiner or pronoun in sentence
   * case and runs to six words or more ("The Board of Trustees approves any changes"), it is eight
   * words or more in sentence case, or it stops where no title does, on a joining word ("…
   * continuous service in") or inside brackets ("… the Trust's [Grievance"). A title led by a
   * question word ("Who is covered") or in Title Case ("The Role of the Headteacher") is a title.
   */
  static boolean readsAsSentence(String text) {
    String t = text.strip();
    String[] words = t.split("\\s+");
    if (t.isEmpty() || QUESTION_WORDS.contains(bare(words[0]))) {
      return false;
    }
    if (breaksOff(t, words)) {
      return true;
    }
    if (isAllCaps(t) || capitalisedShare(words) >= 0.6) {
      return false;
    }
    for (String w : words) {
      if (FINITE.contains(bare(w))) {
        return true;
      }
    }
    return words.length >= 8 || words.length >= 6 && SENTENCE_OPENERS.contains(bare(words[0]));
  }

  /**
   * Whether a line is a sentence for sure: a verb carries it before any word that opens a relative
   * or subordinate clause ("4.1 Pregnant employees are entitled to paid antenatal leave", "5.1 This
   * policy will be reviewed every two years"). Over a paragraph of its own, only this makes a
   * numbered line a clause rather than its heading: sub-headings have verbs only inside such
   * clauses ("3.2 Staff who are not eligible for sick pay", "3.4 If you are unable to attend work",
   * "3. Matters that may lead to dismissal") or none ("3.1 The role of the line manager in
   * absence", "3.5 Signing in"), and read as clauses their words were glued onto the paragraph
   * under them. So do titles whose verb describes their first noun ("Reasons a request may be
   * refused", "Information you will be asked for").
   */
  static boolean surelySentence(String text) {
    String t = text.strip();
    if (t.isEmpty() || readsAsTitleCase(t)) {
      return false;
    }
    String[] words = t.split("\\s+");
    boolean opensWithSubject = SENTENCE_OPENERS.contains(bare(words[0]));
    for (int i = 0; i < words.length; i++) {
      String b = bare(words[i]);
      // A subject after a bare noun opens a clause that describes it: "Reasons [a request may be
      // refused]", "Information [you will be asked for]".
      if (SUBORDINATORS.contains(b) || i > 0 && !opensWithSubject && SUBJECTS.contains(b)) {
        return false;
      }
      if (FINITE.contains(b) && !b.equals("not")) {
        return true;
      }
    }
    return false;
  }

  /** Words that start a subject: after a bare noun they open a clause describing it. */
  private static final Set<String> SUBJECTS =
      Set.of("a", "an", "the", "you", "we", "they", "i", "he", "she", "it", "your", "their", "our");

  /**
   * Whether a line is set as a title whatever its words: a question ("Who this procedure applies
   * to"), capitals ("ROLE OF THE LINE MANAGER"), or Title Case ("Leave in the First 12 Months").
   */
  static boolean readsAsTitleCase(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    String[] words = t.split("\\s+");
    return QUESTION_WORDS.contains(bare(words[0]))
        || isAllCaps(t)
        || capitalisedShare(words) >= 0.6;
  }

  /** Words that open a relative or subordinate clause: a verb after one is not the line's own. */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "who", "whom", "whose", "which", "that", "if", "when", "where", "whether", "while",
          "whilst", "unless", "until", "once", "because", "how", "what", "why", "before", "after");

  /** A line that stops on a joining word or with a bracket still open: it wraps mid-sentence. */
  static boolean breaksOff(String t) {
    String s = t.strip();
    return !s.isEmpty() && breaksOff(s, s.split("\\s+"));
  }

  private static boolean breaksOff(String t, String[] words) {
    String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
    return JOINING_WORDS.contains(last)
        || t.chars().filter(c -> c == '(').count() > t.chars().filter(c -> c == ')').count()
        || t.chars().filter(c -> c == '[').count() > t.chars().filter(c -> c == ']').count();
  }

  /** Determiners and pronouns that open a sentence: "The Board…", "This policy…", "All staff…". */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "the", "this", "these", "that", "those", "a", "an", "all", "any", "each", "every", "no",
          "some", "our", "your", "their", "its", "we", "you", "they", "it", "there", "he", "she");

  /** "Who is covered", "What to do if you are ill": a heading put as a question. */
  private static final Set<String> QUESTION_WORDS =
      Set.of("who", "what", "when", "where", "why", "how", "which");

  /**
   * Words no title ends with, written in lower case; a line ending on one was wrapped inside its
   * sentence. ("Annex A" and "Leave in May" end in capitals.)
   */
  private static final Set<String> JOINING_WORDS =
      Set.of(
          ("a an the and or but nor of to in on at by for with from as than that which who whose"
                  + " into onto per via under within without between including such if is are be"
                  + " will must should may can not")
              .split(" "));

  /** Words in -ing that open a qualifier, not a heading: "Including agency staff". */
  private static final Set<String> NOT_GERUNDS =
      Set.of(
          "during",
          "including",
          "excluding",
          "following",
          "regarding",
          "concerning",
          "according",
          "notwithstanding",
          "pending",
          "considering",
          "assuming",
          "providing",
          "excepting",
          "barring",
          "supposing",
          "allowing",
          "bearing",
          "seeing",
          "depending",
          "nothing",
          "something",
          "anything",
          "everything");

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "").replace('\u2019', '\'');
  }

  /** Words that make a line a sentence rather than a heading: "Staff must not smoke on site". */
  private static final Set<String> FINITE =
      Set.of(
          "must", "should", "will", "would", "may", "might", "can", "could", "shall", "is", "are",
          "was", "were", "has", "have", "had", "need", "needs", "do", "does", "did", "not",
          "cannot", "can't", "won't", "don't", "isn't", "aren't");

  static boolean isAllCaps(String t) {
    boolean letters = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private static double capitalisedShare(String[] words) {
    int caps = 0;
    int counted = 0;
    for (String w : words) {
      if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      counted++;
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return counted == 0 ? 0 : (double) caps / counted;
  }

  /**
   * A heading as people read it: {@code PURPOSE AND SCOPE} becomes {@code Purpose and Scope}; a
   * trailing colon goes. Mixed-case headings keep their case.
   */
  static String display(String heading) {
    String t = heading.strip();
    while (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!isAllCaps(t)) {
      return t;
    }
    String[] words = t.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        out.append(' ');
      }
      if (i > 0 && SMALL_WORDS.contains(w) || w.isEmpty()) {
        out.append(w);
      } else {
        // The first letter, after any opening bracket or quote: "(Teachers and Support Staff)".
        int first = 0;
        while (first < w.length() && !Character.isLetterOrDigit(w.charAt(first))) {
          first++;
        }
        out.append(w, 0, first);
        if (first < w.length()) {
          out.appendCodePoint(Character.toUpperCase(w.codePointAt(first)))
              .append(w.substring(first + Character.charCount(w.codePointAt(first))));
        }
      }
    }
    return out.toString();
  }
}
