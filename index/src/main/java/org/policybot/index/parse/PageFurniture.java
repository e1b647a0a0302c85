package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.policybot.index.parse.Line.Kind;

/**
 * Takes out what a PDF export repeats on every page, page numbers ("Page 3 of 12") and the running
 * header or footer next to them, with the blank lines around them, so that a paragraph split by a
 * page break reads on as one and none of it is quoted as policy.
 */
final class PageFurniture {

  /** A header repeats on at least this many pages. */
  private static final int MIN_REPEATS = 3;

  private PageFurniture() {}

  static List<Line> remove(List<Line> lines) {
    Set<String> headers = runningHeaders(lines);
    int body = firstNumbered(lines);
    Set<String> repeated = repeatedNames(lines, body);
    boolean[] drop = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.PAGE)
          || l.is(Kind.TEXT) && headers.contains(l.text())
          || i > body
              && (l.is(Kind.TEXT) && repeated.contains(l.text())
                  || strayPageNumber(lines, i)
                  || headerInSentence(lines, i))) {
        drop[i] = true;
      }
    }
    // Blank lines that only surrounded dropped lines go too: "should set out" / (page break) /
    // "10 working days' notice" is one sentence.
    for (int i = 0; i < lines.size(); i++) {
      if (drop[i]) {
        for (int j = i - 1; j >= 0 && lines.get(j).is(Kind.BLANK); j--) {
          drop[j] = true;
        }
        for (int j = i + 1; j < lines.size() && lines.get(j).is(Kind.BLANK); j++) {
          drop[j] = true;
        }
      }
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /**
   * Text lines that repeat on three pages or more, each time next to a page number: a line of a
   * list that happens to repeat ("- the employee's line manager") is not a header.
   */
  private static Set<String> runningHeaders(List<Line> lines) {
    return repeated(lines, 0, i -> nearPage(lines, i, -1) || nearPage(lines, i, 1), MIN_REPEATS);
  }

  /** Text lines from {@code from} on that pass the test at least {@code times} times. */
  private static Set<String> repeated(List<Line> lines, int from, IntPredicate test, int times) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.TEXT) && test.test(i)) {
        seen.merge(l.text(), 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    seen.forEach(
        (text, n) -> {
          if (n >= times) {
            out.add(text);
          }
        });
    return out;
  }

  /**
   * A number alone on its line in the middle of a sentence: a page number that lost its "Page" ("…a
   * monitoring period of up to" / "2" / "ten weeks will follow."). A section's number alone is
   * followed by its title, never by a word in lower case, and never follows "up to".
   */
  private static boolean strayPageNumber(List<Line> lines, int i) {
    Line l = lines.get(i);
    if (!l.is(Kind.NUMBERED) || !l.text().isEmpty() || !l.label().matches("\\d{1,4}")) {
      return false;
    }
    // A page break leaves a blank line beside its number; "is" / "10" / "hours unless…" is a
    // figure of the sentence, which the assembler keeps in it.
    boolean blankBeside =
        i > 0 && lines.get(i - 1).is(Kind.BLANK)
            || i + 1 < lines.size() && lines.get(i + 1).is(Kind.BLANK);
    if (!blankBeside) {
      return false;
    }
    Line before = nearest(lines, i, -1);
    Line after = nearest(lines, i, 1);
    return after != null
        && !after.text().isEmpty()
        && (Character.isLowerCase(after.text().codePointAt(0))
            || before != null
                && (before.is(Kind.TEXT) || before.is(Kind.NUMBERED) || before.is(Kind.LETTERED))
                && WrappedLines.endsMidPhrase(before.text()));
  }

  /**
   * A header that names the organisation and the document ("Oakfield Academy Trust – Capability
   * Policy – September 2024") between two halves of a sentence: a page break without a page number
   * ("…a trade union representative or a" / header / "work colleague.").
   */
  private static boolean headerInSentence(List<Line> lines, int i) {
    Line l = lines.get(i);
    if (!l.is(Kind.TEXT) || !isOrganisationAndDocument(l.text())) {
      return false;
    }
    Line before = nearest(lines, i, -1);
    Line after = nearest(lines, i, 1);
    return before != null
        && after != null
        && !after.text().isEmpty()
        && Character.isLowerCase(after.text().codePointAt(0))
        && !ClauseAssembler.FINISHED.matcher(before.text()).find();
  }

  private static final Pattern ORGANISATION =
      Pattern.compile("\\b(?:Trust|Academy|Academies|School|Schools|Federation|College)\\b");

  private static final Pattern DOCUMENT =
      Pattern.compile("\\b(?:Policy|Procedure|Procedures|Code of Conduct|Handbook|Guidance)\\b");

  /** Small words a title in Title Case leaves in lower case. */
  private static final Set<String> SMALL =
      Set.of("and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "&");

  /**
   * A short line naming both, every word but the small ones capitalised, with no punctuation of a
   * sentence: "Oakfield Academy Trust – Capability Policy – September 2024", never a wrapped line
   * of prose such as "Children Safe in Education and the Trust's Child Protection Policy every".
   */
  private static boolean isOrganisationAndDocument(String text) {
    if (text.length() > 100
        || !SEPARATOR.matcher(text).find()
        || !ORGANISATION.matcher(text).find()
        || !DOCUMENT.matcher(text).find()
        || SENTENCE_MARK.matcher(text).find()) {
      return false;
    }
    for (String word : text.split("\\s+")) {
      if (!word.isEmpty()
          && Character.isLetter(word.codePointAt(0))
          && !Character.isUpperCase(word.codePointAt(0))
          && !SMALL.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A dash or bar between the parts of a header ("Trust – Capability Policy – September 2024"): a
   * policy's name in a sentence ("under the" / "Oakfield Academy Trust Grievance Policy" / "within
   * 10 days") has none, and stays.
   */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|\u2013\u2014-]\\s");

  /** A full stop, comma, colon, semicolon, question or exclamation mark, or an apostrophe's s. */
  private static final Pattern SENTENCE_MARK = Pattern.compile("[,;:!?]|\\.(?!\\d)|['\u2019]s\\b");

  /**
   * Lines of the body naming the organisation and the document that come twice or more: a running
   * header, wherever the page breaks fell. Its copy above the first numbered line (the title)
   * stays.
   */
  private static Set<String> repeatedNames(List<Line> lines, int body) {
    return repeated(lines, body + 1, i -> isOrganisationAndDocument(lines.get(i).text()), 2);
  }

  /** The first numbered line: what comes before it (the title among it) is never furniture. */
  private static int firstNumbered(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.NUMBERED) || l.is(Kind.HEADING) && !l.label().isEmpty()) {
        return i;
      }
    }
    return lines.size();
  }

  /** The nearest non-blank line in this direction, or null. */
  private static Line nearest(List<Line> lines, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).is(Kind.BLANK)) {
        return lines.get(j);
      }
    }
    return null;
  }

  /** Whether the nearest non-blank line in this direction is a page number. */
  private static boolean nearPage(List<Line> lines, int i, int step) {
    Line near = nearest(lines, i, step);
    return near != null && near.is(Kind.PAGE);
  }
}
