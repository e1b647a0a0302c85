package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbered paragraphs laid out as a two-column table, as Word policies often are:
 *
 * <pre>
 * ## 1. Use of School Equipment
 * | No. | Requirement |
 * |---|---|
 * | 1.1 | School laptops and tablets are provided for work purposes… |
 * | 1.2 | Staff must lock their screen whenever they leave a device unattended. |
 * </pre>
 *
 * Each row is a clause, as if written {@code 1.1 School laptops…}, when the rows number on from the
 * heading or clause above the table (1.1 under "1.", 2.4 after 2.3) and each from the row before. A
 * table that only names clauses, such as a version history's {@code | 4.2 | Time moved to 9am |}
 * rows, does not number on, and stays a table. The column headings of a clause table are not policy
 * text and are dropped.
 */
final class ClauseTables {

  /** A paragraph number: 1.1, 2.3.4; not a bare "3", which numbers rows of many tables. */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.?");

  /** A clause's text is a sentence, not a figure or a name. */
  private static final int MIN_WORDS = 4;

  private ClauseTables() {}

  /**
   * The lines with every clause table's rows read as numbered paragraphs.
   *
   * @param lines the classified lines, one per raw line
   * @param raw the lines as written
   */
  static List<Line> read(List<Line> lines, String[] raw) {
    List<Line> out = new ArrayList<>(lines);
    // The number of the nearest numbered heading or paragraph above, kept as the lines go by so
    // that a file of many small tables is still read in one pass.
    String above = null;
    int i = 0;
    while (i < raw.length) {
      if (!isPipeLine(raw[i])) {
        above = numberOf(out.get(i), above);
        i++;
        continue;
      }
      int end = i;
      while (end < raw.length && isPipeLine(raw[end])) {
        end++;
      }
      if (above != null) {
        readTable(out, raw, i, end, above);
      }
      for (int k = i; k < end; k++) {
        above = numberOf(out.get(k), above);
      }
      i = end;
    }
    return out;
  }

  /**
   * Rewrites the table on raw lines {@code [from, to)} when it is a clause table numbering on from
   * {@code previous}.
   */
  private static void readTable(List<Line> out, String[] raw, int from, int to, String previous) {
    List<Integer> rows = new ArrayList<>();
    int header = -1;
    for (int i = from; i < to; i++) {
      if (LineClassifier.isDelimiterRow(raw[i])) {
        continue;
      }
      boolean headed = i + 1 < to && LineClassifier.isDelimiterRow(raw[i + 1]);
      List<String> cells = LineClassifier.row(raw[i]);
      if (headed && !PARAGRAPH_NUMBER.matcher(cells.isEmpty() ? "" : cells.get(0)).matches()) {
        header = i;
        continue;
      }
      rows.add(i);
    }
    if (rows.isEmpty() || header >= 0 && header != from) {
      return;
    }
    for (int i : rows) {
      List<String> cells = LineClassifier.row(raw[i]);
      if (cells.size() != 2
          || !PARAGRAPH_NUMBER.matcher(cells.get(0)).matches()
          || cells.get(1).split(" ").length < MIN_WORDS
          || !ClauseNumbers.comesRightAfter(cells.get(0), previous)) {
        return;
      }
      previous = ClauseNumbers.stripDot(cells.get(0));
    }
    for (int i = from; i < to; i++) {
      out.set(i, new Line(out.get(i).number(), Line.Kind.BLANK, "", "", List.of(), 0));
    }
    for (int i : rows) {
      out.set(
          i,
          LineClassifier.classify(
              out.get(i).number(), String.join(" ", LineClassifier.row(raw[i]))));
    }
  }

  /** A numbered heading's or paragraph's number, else the number above it. */
  private static String numberOf(Line line, String above) {
    if ((line.is(Line.Kind.HEADING) || line.is(Line.Kind.NUMBERED))
        && ClauseNumbers.isBare(line.label())) {
      return ClauseNumbers.stripDot(line.label());
    }
    return above;
  }

  private static boolean isPipeLine(String raw) {
    return raw.strip().startsWith("|");
  }
}
