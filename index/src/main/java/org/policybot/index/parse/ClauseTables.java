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
 * rows, does not number on, and stays a table; nor does a table under a heading without a number
 * ("Changes in this version"), or one inside a run of lettered items, whose next letter after the
 * table would otherwise be taken for an item of the table's last row. The column headings of a
 * clause table are not policy text and are dropped.
 */
final class ClauseTables {

  /** A paragraph number: 1.1, 2.3.4; not a bare "3", which numbers rows of many tables. */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.?");

  /**
   * Longer than any heading of a version history or contents list ("Record of amendments:"), so
   * that the lines of prose, most lines, are not matched against their patterns.
   */
  private static final int RECORD_HEADING_LENGTH = 30;

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
    // Kept as the lines go by, so that a file of many small tables is still read in one pass.
    Position at = new Position();
    int i = 0;
    while (i < raw.length) {
      if (!isPipeLine(raw[i])) {
        at.see(out.get(i));
        i++;
        continue;
      }
      int end = i;
      while (end < raw.length && isPipeLine(raw[end])) {
        end++;
      }
      if (at.number != null && !itemsGoOnAfter(out, raw, end, at.letter)) {
        readTable(out, raw, i, end, at.number);
      }
      for (int k = i; k < end; k++) {
        at.see(out.get(k));
      }
      i = end;
    }
    return out;
  }

  /**
   * Where the lines have got to: the number a table could continue, and the items open under it.
   */
  private static final class Position {

    /** The nearest numbered heading's or paragraph's number above, or null. */
    String number;

    /** The Markdown level of the nearest numbered heading, or 0 when there is none. */
    int headingLevel;

    /** The last lettered item since that number, or null. */
    String letter;

    void see(Line line) {
      boolean numbered = ClauseNumbers.isBare(line.label());
      if ((line.is(Line.Kind.HEADING) || line.is(Line.Kind.TEXT))
          && line.text().length() <= RECORD_HEADING_LENGTH
          && (Headings.isDocumentControl(line.text()) || Headings.isContents(line.text()))) {
        // "VERSION HISTORY" or "**Version history**" on a line of its own: the document's own
        // record follows, whatever its heading looks like, and its rows name clauses.
        number = null;
        letter = null;
      } else if (line.is(Line.Kind.HEADING) && numbered) {
        number = ClauseNumbers.stripDot(line.label());
        headingLevel = line.headingLevel();
        letter = null;
      } else if (line.is(Line.Kind.NUMBERED) && numbered) {
        number = ClauseNumbers.stripDot(line.label());
        letter = null;
      } else if (line.is(Line.Kind.HEADING)
          && (headingLevel == 0 || line.headingLevel() <= headingLevel)) {
        // A heading without a number at the level of the numbered ones ("## Changes in this
        // version" after "## 2.") ends the numbering a table could continue; a sub-heading inside
        // a numbered section ("### Booking leave" under "## 2.") does not.
        number = null;
        letter = null;
      } else if (line.is(Line.Kind.LETTERED)) {
        letter = line.label();
      }
    }
  }

  /**
   * Rewrites the table on raw lines {@code [from, to)} when it is a clause table numbering on from
   * {@code previous}.
   */
  private static void readTable(List<Line> out, String[] raw, int from, int to, String previous) {
    List<Integer> rows = new ArrayList<>();
    List<List<String>> rowCells = new ArrayList<>();
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
      rowCells.add(cells);
    }
    if (rows.isEmpty() || header >= 0 && header != from) {
      return;
    }
    for (List<String> cells : rowCells) {
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
      // The cells as written: classify strips the markup once, as for a paragraph written out.
      List<String> cells = LineClassifier.rawRow(raw[i]);
      out.set(
          i,
          LineClassifier.classify(
              out.get(i).number(), cells.get(0).strip() + " " + cells.get(1).strip()));
    }
  }

  /**
   * Whether the first item, paragraph or heading after line {@code end} is the item after {@code
   * letter}, the last one before the table: the table then sits among a clause's items (4(b) before
   * it, 4(c) after). Stops at the next table, so each line is looked at once for the table before
   * it and once for its own.
   */
  private static boolean itemsGoOnAfter(List<Line> lines, String[] raw, int end, String letter) {
    if (letter == null || letter.length() != 1) {
      return false;
    }
    for (int i = end; i < lines.size() && !isPipeLine(raw[i]); i++) {
      Line line = lines.get(i);
      if (line.is(Line.Kind.LETTERED)) {
        return line.label().equals(String.valueOf((char) (letter.charAt(0) + 1)));
      }
      if (line.is(Line.Kind.NUMBERED) || line.is(Line.Kind.HEADING)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPipeLine(String raw) {
    return raw.strip().startsWith("|");
  }
}
