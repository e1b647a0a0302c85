package org.policybot.index.parse;

import java.util.List;

/**
 * One source line after classification.
 *
 * @param number 1-based line number in the file
 * @param kind what the line is
 * @param label the clause number, letter or heading level marker the line starts with, or empty
 * @param text the line's text without its marker, markup removed, whitespace normalised
 * @param row every cell of a table row in its column, empty ones included, otherwise empty; {@link
 *     #cells()} has only the cells with words
 * @param headingLevel the Markdown heading level (1 for {@code #}), or 0 for other lines
 * @param written for a numbered, lettered or text line, the line as written, number, letter,
 *     punctuation and bullet included, in case it turns out to carry on the sentence above ("1) the
 *     cost;", "(b) above, but…") or to be a bullet (a text line whose first character was escaped,
 *     {@code \* Dates…}, keeps that backslash here, as it is no bullet); for a labelled line, its
 *     visible text with the label's own punctuation, to quote it inside a clause; otherwise empty
 * @param headerRow for a table row, whether a Markdown delimiter row ({@code |---|---|}) comes
 *     next, which makes it its table's header
 */
record Line(
    int number,
    Kind kind,
    String label,
    String text,
    List<String> row,
    int headingLevel,
    String written,
    boolean headerRow) {

  enum Kind {
    BLANK,
    /** A Markdown heading, numbered or not. */
    HEADING,
    /** A line starting with a clause number: {@code 1.}, {@code 2.3}, {@code 4.10}. */
    NUMBERED,
    /** A lettered item: {@code a.}, {@code (b)}, {@code c)}. */
    LETTERED,
    /** A roman sub-item: {@code (ii)}; it belongs to the lettered item above it. */
    ROMAN,
    /** A table row: tab- or pipe-separated cells. */
    TABLE,
    /** A bold label and its value on one line: {@code **Owner:** HR Director}. */
    LABELLED,
    /** Anything else: prose, continuation lines, bullets. */
    TEXT,
    /** A page number left by a PDF export ("Page 3 of 12"); never part of a clause. */
    PAGE
  }

  Line {
    row = List.copyOf(row);
  }

  Line(
      int number,
      Kind kind,
      String label,
      String text,
      List<String> row,
      int headingLevel,
      String written) {
    this(number, kind, label, text, row, headingLevel, written, false);
  }

  Line(int number, Kind kind, String label, String text, List<String> row, int headingLevel) {
    this(number, kind, label, text, row, headingLevel, "");
  }

  /** The cells of a table row that have words, in order; empty for other lines. */
  List<String> cells() {
    return row.stream().filter(c -> !c.isEmpty()).toList();
  }

  /** The same table row, marked as its table's header. */
  Line asHeaderRow() {
    return new Line(number, kind, label, text, row, headingLevel, written, true);
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
