package org.policybot.index.parse;

import java.util.List;

/**
 * One source line after classification.
 *
 * @param number 1-based line number in the file
 * @param kind what the line is
 * @param label the clause number, letter or heading level marker the line starts with, or empty
 * @param text the line's text without its marker, markup removed, whitespace normalised
 * @param cells the non-empty cells of a table row, otherwise empty
 * @param headingLevel the Markdown heading level (1 for {@code #}), or 0 for other lines
 * @param written for a numbered or text line, the line as written, number, punctuation and bullet
 *     included, in case it turns out to carry on the sentence above ("1) the cost;") or to be a
 *     bullet; for a labelled line, its visible text with the label's own punctuation, to quote it
 *     inside a clause; otherwise empty
 */
record Line(
    int number,
    Kind kind,
    String label,
    String text,
    List<String> cells,
    int headingLevel,
    String written) {

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
    cells = List.copyOf(cells);
  }

  Line(int number, Kind kind, String label, String text, List<String> cells, int headingLevel) {
    this(number, kind, label, text, cells, headingLevel, "");
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
