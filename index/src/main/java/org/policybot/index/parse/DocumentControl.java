package org.policybot.index.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.parse.Line.Kind;

/**
 * What a policy says about itself in tables and document-control blocks, as metadata: the
 * front-matter table ("| Owner | HR Director |"), a one-line summary in table form, a
 * version-history table ("| Version | Date | … |" over "| 2.0 | January 2026 | … |"), and the
 * fields of a "Document control" block wherever it sits. Fields the front matter gave first stay as
 * it gave them. One instance follows one document's lines; it is not thread-safe.
 */
final class DocumentControl {

  /** The first column's heading of a version-history table: "Version", "Version no.", "Issue". */
  private static final Pattern HISTORY_HEADER =
      Pattern.compile("(?i)(version|issue|revision)( no\\.?| number)?");

  /** The longest value a "Label: value" line of a document-control block has. */
  private static final int FIELD_VALUE_MAX = 60;

  private final MetadataReader metadata;

  /** Whether the rows being read are a table headed "Version | Date | …". */
  private boolean inHistoryTable;

  DocumentControl(MetadataReader metadata) {
    this.metadata = metadata;
  }

  /** Every line that is not blank passes here first: a history table ends at its last row. */
  void lineSeen(Line line) {
    inHistoryTable &= line.is(Kind.TABLE);
  }

  /** A table row before the first section: a field, a summary line or a row of the history. */
  void frontMatterRow(Line line) {
    List<String> cells = line.cells();
    if (cells.isEmpty()) {
      return;
    }
    if (inHistoryTable) {
      // "| 2.0 | January 2025 |" under "| Version | Date |": a version, not a field "2.0"
      metadata.historyRow(cells.get(0));
      return;
    }
    if (isLabelValueRow(line)
        && !(line.headerRow() && HISTORY_HEADER.matcher(cells.get(0)).matches())) {
      metadata.add(cells.get(0), cells.get(1));
      return;
    }
    if (metadata.addLine(String.join(" | ", cells))) {
      return; // "Version 3.0<TAB>Approved: 12 March 2024<TAB>Review: March 2026"
    }
    // A version-history table in the front matter, under no heading of its own.
    inHistoryTable = HISTORY_HEADER.matcher(cells.get(0)).matches();
  }

  /**
   * A line of a document-control block, wherever the block sits: "Version: 2.0", "| Owner | HR
   * Director |", and the versions of its history table.
   */
  void read(Line line) {
    if (!line.is(Kind.TABLE)) {
      inHistoryTable = false;
    }
    switch (line.kind()) {
      case LABELLED -> metadata.add(line.label(), line.text());
      case TABLE -> {
        List<String> cells = line.cells();
        if (cells.isEmpty()) {
          return;
        }
        if (HISTORY_HEADER.matcher(cells.get(0)).matches()
            && (line.headerRow() || cells.size() > 2)) {
          inHistoryTable = true; // "| Version | Date |": column headings, not a version "Date"
        } else if (inHistoryTable) {
          metadata.historyRow(cells.get(0));
        } else if (isLabelValueRow(line) && isFieldLabel(cells.get(0))) {
          metadata.add(cells.get(0), cells.get(1));
        }
      }
      case TEXT -> {
        Matcher m = ClauseAssembler.TEXT_LABEL.matcher(line.text());
        // A field's value is short: "Review: The policy will be reviewed every two years, or…"
        // is a sentence about the policy.
        if (m.matches() && isFieldLabel(m.group(1)) && m.group(2).length() <= FIELD_VALUE_MAX) {
          metadata.add(m.group(1), m.group(2));
        }
      }
      default -> {}
    }
  }

  /** A row of one cell that names a document-control block: "| Document control | |". */
  static boolean isBlockRow(Line line) {
    String text = line.is(Kind.TABLE) || line.is(Kind.TEXT) ? line.text() : "";
    return text.startsWith("|") && Headings.isDocumentControl(cellWords(text))
        || line.is(Kind.TABLE)
            && line.cells().size() == 1
            && Headings.isDocumentControl(line.cells().get(0));
  }

  /** Whether a line still belongs to a table: a row, a blank line, or a row read as text. */
  static boolean isTableLine(Line line) {
    return line.is(Kind.TABLE) || line.is(Kind.BLANK) || line.text().startsWith("|");
  }

  /** A one-cell row's words without its bars. */
  static String cellWords(String row) {
    // A loop, not a pattern: "[\\s|]+$" retried from every bar of a 50,000-bar line took 28 s.
    int start = 0;
    int end = row.length();
    while (start < end && (row.charAt(start) == '|' || Character.isWhitespace(row.charAt(start)))) {
      start++;
    }
    while (end > start
        && (row.charAt(end - 1) == '|' || Character.isWhitespace(row.charAt(end - 1)))) {
      end--;
    }
    return row.substring(start, end);
  }

  /**
   * A row that pairs a label with its value. Rows listing several schools or a label with an empty
   * value ({@code Acknowledged by: | Local Governing Committee:}) are not metadata.
   */
  private static boolean isLabelValueRow(Line line) {
    List<String> cells = line.cells();
    return cells.size() == 2 && !cells.get(1).endsWith(":") && cells.get(0).length() <= 60;
  }

  /** A metadata label, not a numbered entry such as a contents line's "4. Review meetings". */
  private static boolean isFieldLabel(String label) {
    return MetadataReader.isLabel(label) && !Character.isDigit(label.codePointAt(0));
  }
}
