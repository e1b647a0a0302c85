package org.policybot.index.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policybot.index.parse.Line.Kind;

/**
 * Tells a numbered line that heads what follows it ("3.1 Requests" over its paragraphs, "2. Conduct
 * at Work" over 2.1 and 2.2) from a short numbered paragraph that only lacks its full stop ("5.1
 * This policy will be reviewed every two years", "3.1.2 Right to work in the UK"). Taken for a
 * heading, a paragraph leaves the quotes: its words become a section title, and the clauses after
 * it are filed under that title. So a paragraph number (one with a dot) is a heading only when its
 * words read as a title, its line ends there, and something of its own follows it; a section number
 * (no dot) is one unless it reads as a sentence and has no paragraphs numbered under it.
 */
final class NumberedHeadings {

  private final List<Line> lines;

  /** Where each number is last written, so a look for it again costs nothing in a long file. */
  private final Map<String, Integer> lastIndex = new HashMap<>();

  NumberedHeadings(List<Line> lines) {
    this.lines = lines;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.NUMBERED) || l.is(Kind.HEADING)) {
        lastIndex.put(ClauseNumbers.stripDot(l.label()), i);
      }
    }
  }

  /** Whether the numbered line at {@code index} is a heading. */
  boolean isHeading(int index) {
    Line line = lines.get(index);
    String label = ClauseNumbers.stripDot(line.label());
    String text = line.text();
    if (text.isEmpty() || !Headings.isTitleLike(text)) {
      return false;
    }
    // "2. Who this code applies to" over "- teaching staff": a section number heads its section
    // unless it reads as a sentence, a rule of a flat list ("3. Lanyards are worn at all times"),
    // and even then when its own paragraphs are numbered under it.
    // A number written again later is a heading whatever it says: the entries of a contents list
    // without its "Contents" heading are, and read as clauses they refused the file as repeats.
    if (isContentsEntry(index, label, text)) {
      return true;
    }
    // "1.0 INTRODUCTION" over 1.1: a section numbered the way some trusts number them, not a
    // clause 1.0 whose words are its title.
    if (label.endsWith(".0")
        && label.indexOf('.') == label.length() - 2
        && hasChildren(index, label.substring(0, label.length() - 2))) {
      return true;
    }
    if (!label.contains(".")) {
      return hasChildren(index, label)
          || headsSomething(index, label) && !Headings.surelySentence(text)
          || !Headings.readsAsSentence(text) && !nextInSequence(index, label);
    }
    return !Headings.surelySentence(text)
        && !sentenceGoesOn(index)
        && !runsOn(index)
        && !leadsIn(index, text)
        && headsSomething(index, label);
  }

  /**
   * Whether the line leads into the table, list or prose under it: "4.3 How to take TOIL:" over a
   * table of steps is a paragraph whose words the table completes; as a heading they were lost and
   * the table was quoted without them. Over paragraphs numbered under it ("3.1 Requests:" over
   * 3.1.1) it may still head them.
   */
  private boolean leadsIn(int index, String text) {
    if (!text.endsWith(":")) {
      return false;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      Line next = lines.get(i);
      if (!next.is(Kind.BLANK)) {
        return !next.is(Kind.NUMBERED) && !next.is(Kind.HEADING);
      }
    }
    return false;
  }

  /**
   * Whether the number and its words come again later, as a contents entry's do. The number alone
   * is not enough: "1. Staff sign in at reception" is a clause however many "1." items a list
   * further on has.
   */
  private boolean isContentsEntry(int index, String label, String text) {
    int later = lastIndex.get(label);
    if (later <= index) {
      return false;
    }
    String again = lines.get(later).text().toLowerCase(Locale.ROOT);
    String here = text.toLowerCase(Locale.ROOT);
    return !here.isEmpty()
        && (again.startsWith(here) || !again.isEmpty() && here.startsWith(again));
  }

  /**
   * Whether the next line carries on this one's sentence (it starts with a lower-case word, after a
   * number or not), so "2.2 Requests are approved by the line manager within" is a clause, not a
   * heading, however short and title-like its first line.
   */
  private boolean sentenceGoesOn(int index) {
    if (index + 1 >= lines.size()) {
      return false;
    }
    Line next = lines.get(index + 1);
    String text = next.text();
    return (next.is(Kind.TEXT) && !LineClassifier.startsWithBullet(next.written())
            || next.is(Kind.NUMBERED))
        && !text.isEmpty()
        && Character.isLowerCase(text.codePointAt(0));
  }

  /**
   * Whether the line opens a block of its own (a blank line before it) and the next line carries
   * straight on (no blank line, no bullet), while this one does not read as a heading: "1.2 All
   * pregnant employees are entitled to 52 weeks' Statutory" over "Maternity Leave, regardless of
   * length of service." is one paragraph, as Markdown reads it too. Where paragraphs are not set
   * apart by blank lines (Word's plain-text export writes one line for each), a line followed
   * straight by another says nothing about wrapping, and "3.1 Annual leave" stays a heading; so
   * does a heading in Title Case ("3.1 Making a Request") anywhere.
   */
  private boolean runsOn(int index) {
    if (index + 1 >= lines.size() || index > 0 && !lines.get(index - 1).is(Kind.BLANK)) {
      return false;
    }
    Line next = lines.get(index + 1);
    String text = lines.get(index).text();
    // A wrapped first line reads as a sentence ("…are entitled to 52 weeks' Statutory") or stops
    // mid-phrase; a heading followed straight by its text reads as a title ("2.2 Who can apply"
    // over "Any employee…", "3.1 The role of the line manager in supporting absence").
    return next.is(Kind.TEXT)
        && !LineClassifier.startsWithBullet(next.written())
        && !Headings.looksLikeHeading(text)
        && !Headings.readsAsTitleCase(text)
        && (Headings.breaksOff(text) || Headings.surelySentence(text));
  }

  /**
   * Whether anything but the next paragraph follows the line: its own prose, items or table, or
   * paragraphs numbered under it (3.1.1 under 3.1). A "heading" followed straight by 3.2, by
   * another numbered heading or by the end of the file heads nothing: it is a short paragraph, as
   * "3.1.1 Identity" then "3.1.2 Right to work in the UK" are.
   */
  private boolean headsSomething(int index, String label) {
    Line next = null;
    for (int i = index + 1; i < lines.size() && next == null; i++) {
      if (!lines.get(i).is(Kind.BLANK)) {
        next = lines.get(i);
      }
    }
    return next != null
        && !next.is(Kind.HEADING)
        && !(next.is(Kind.NUMBERED)
            && !ClauseNumbers.stripDot(next.label()).startsWith(label + "."));
  }

  /**
   * Whether the next line is the next number of a flat sequence ("1. Staff sign in at reception"
   * then "2. Lanyards…"): a rule of a list of rules, not the heading of nothing.
   */
  private boolean nextInSequence(int index, String label) {
    for (int i = index + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.is(Kind.BLANK)) {
        return l.is(Kind.NUMBERED)
            && label.chars().allMatch(Character::isDigit)
            && ClauseNumbers.stripDot(l.label())
                .equals(String.valueOf(Integer.parseInt(label) + 1));
      }
    }
    return false;
  }

  /** Whether the next paragraph number after the line, before any heading, is under it. */
  private boolean hasChildren(int index, String label) {
    for (int i = index + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.NUMBERED) || l.is(Kind.HEADING)) {
        return ClauseNumbers.stripDot(l.label()).startsWith(label + ".");
      }
    }
    return false;
  }
}
