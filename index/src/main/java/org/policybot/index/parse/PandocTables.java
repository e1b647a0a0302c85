package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's simple and multiline tables, which it writes for a Word table such as a policy's
 * document-control box:
 *
 * <pre>
 *   -----------------------------------------------------------
 *   Policy owner                  HR Manager
 *   ----------------------------- -----------------------------
 *   Version                       1.4
 *
 *   Review date                   March 2026
 *   -----------------------------------------------------------
 * </pre>
 *
 * Columns are set by the groups of dashes under the first row, not by a mark between cells, so read
 * as written the box was a paragraph of text: the version and review date were lost and answers
 * said "unversioned". Each row becomes its cells separated by tabs, as a tab-separated export is
 * read; the dashes become blank lines, and a row's further lines blank too, so every line keeps its
 * number.
 */
final class PandocTables {

  /** The line under a table's first row: two or more groups of dashes. */
  private static final Pattern COLUMNS = Pattern.compile("^ {0,3}-{3,}(?: +-{3,})+ *$");

  /** A multiline table's top or bottom: one run of dashes. */
  private static final Pattern RULE = Pattern.compile("^ {0,3}-{3,} *$");

  /** How far a multiline table may run before its bottom rule; past it, the text is left alone. */
  private static final int MAX_ROWS_LINES = 400;

  private PandocTables() {}

  static String rewrite(String text) {
    if (!text.contains("--- ")) {
      return text; // no line of two dash groups, the cheap common case
    }
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = COLUMNS.matcher(lines[i]);
      if (m.matches()) {
        i = table(lines, i);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Rewrites the table whose column line is at index c, if it is one; returns the index of its last
   * line (or c when nothing was rewritten).
   */
  private static int table(String[] lines, int c) {
    List<Integer> starts = columnStarts(lines[c]);
    int first = c;
    while (first > 0 && !lines[first - 1].isBlank() && !isDashes(lines[first - 1])) {
      first--;
    }
    boolean multiline = first > 0 && RULE.matcher(lines[first - 1]).matches();
    int end;
    if (multiline) {
      end = -1;
      for (int j = c + 1; j < lines.length && j <= c + MAX_ROWS_LINES; j++) {
        if (RULE.matcher(lines[j]).matches()) {
          end = j;
          break;
        }
        if (COLUMNS.matcher(lines[j]).matches()) {
          break;
        }
      }
      if (end < 0) {
        return c;
      }
    } else {
      end = c;
      while (end + 1 < lines.length && !lines[end + 1].isBlank()) {
        end++;
        if (isDashes(lines[end])) {
          break;
        }
      }
    }
    int top = multiline ? first - 1 : first;
    // Rows: in a multiline table a row runs until a blank line; in a simple table each line is one.
    int row = -1;
    List<StringBuilder> cells = null;
    for (int j = top; j <= end; j++) {
      String line = lines[j];
      if (isDashes(line) || line.isBlank()) {
        flush(lines, row, cells);
        row = -1;
        lines[j] = "";
        continue;
      }
      if (row < 0 || !multiline) {
        flush(lines, row, cells);
        row = j;
        cells = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
          cells.add(new StringBuilder());
        }
      }
      List<String> parts = slice(line, starts);
      for (int k = 0; k < parts.size(); k++) {
        if (!parts.get(k).isEmpty()) {
          StringBuilder cell = cells.get(k);
          cell.append(cell.isEmpty() ? "" : " ").append(parts.get(k));
        }
      }
      lines[j] = "";
    }
    flush(lines, row, cells);
    if (first < c && c == first + 1) {
      // The row over the dashes is the header, as "|---|" under a Markdown table's first row says.
      lines[c] = "|---|";
    }
    return end;
  }

  private static void flush(String[] lines, int row, List<StringBuilder> cells) {
    if (row < 0) {
      return;
    }
    List<String> out = new ArrayList<>();
    for (StringBuilder b : cells) {
      out.add(b.toString());
    }
    lines[row] = String.join("\t", out);
  }

  /** Each column's cell on a line: the text from the column's start to the next one's. */
  private static List<String> slice(String line, List<Integer> starts) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = Math.min(starts.get(k), line.length());
      int to = k + 1 < starts.size() ? Math.min(starts.get(k + 1), line.length()) : line.length();
      // A word that starts just before its column's dashes still belongs to it: cut at a space.
      while (from > 0 && from < line.length() && line.charAt(from - 1) != ' ') {
        from--;
      }
      while (to < line.length() && to > 0 && line.charAt(to - 1) != ' ') {
        to--;
      }
      out.add(from < to ? line.substring(from, to).strip() : "");
    }
    return out;
  }

  private static List<Integer> columnStarts(String columns) {
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < columns.length(); k++) {
      if (columns.charAt(k) == '-' && (k == 0 || columns.charAt(k - 1) == ' ')) {
        starts.add(k);
      }
    }
    return starts;
  }

  private static boolean isDashes(String line) {
    return RULE.matcher(line).matches() || COLUMNS.matcher(line).matches();
  }
}
