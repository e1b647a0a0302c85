package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * pandoc's grid tables, which it writes for a Word table whose cells wrap or hold more than one
 * paragraph (a "who to tell, and when" table, a sanctions table):
 *
 * <pre>
 * +-----------------+-----------------------+
 * | Who to tell     | When                  |
 * +=================+=======================+
 * | Line manager    | By 7.30am on the      |
 * |                 | first day of absence  |
 * +-----------------+-----------------------+
 * </pre>
 *
 * Read as text, the borders were quoted as runs of "+----+" and each wrapped line became a row of
 * its own ("By 7.30am on the" apart from "first day of absence"). The table becomes a Markdown
 * table on its first lines, a row per line with the lines of each cell joined and {@code |---|}
 * under the header row; the rest of its lines are blanked, so every line after the table keeps its
 * number. It is read before the export's marks are cleaned, as columns are character positions.
 */
final class GridTables {

  /** How far a table may run before its bottom border; past it, the text is left alone. */
  private static final int MAX_LINES = 2_000;

  /**
   * More columns than any policy's table has: a border of thousands of '+' over a long row would
   * cost a check per column per line, so such a "table" is left as text.
   */
  private static final int MAX_COLUMNS = 64;

  private GridTables() {}

  static String rewrite(String text) {
    if (!text.contains("+-") && !text.contains("+=")) {
      return text; // no border, the cheap common case
    }
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (isBorder(lines[i])
          && i + 1 < lines.length
          && lines[i + 1].stripLeading().startsWith("|")) {
        i = table(lines, i);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Rewrites the table whose top border is at index top, if it closes with a border; returns the
   * index of its last line (or top when nothing was rewritten).
   */
  private static int table(String[] lines, int top) {
    List<Integer> bounds = boundaries(lines[top]);
    if (bounds.size() > MAX_COLUMNS + 1) {
      return top;
    }
    int end = -1;
    int j = top + 1;
    for (; j < lines.length && j <= top + MAX_LINES; j++) {
      String s = lines[j].stripLeading();
      if (!s.startsWith("|") && !s.startsWith("+")) {
        break;
      }
      if (isBorder(lines[j])) {
        end = j;
      }
    }
    if (end < 0) {
      // No border closes it: no line up to where the scan stopped is a border, so none can start
      // a table either. Going on from there keeps a file of such lines linear.
      return j - 1;
    }
    // The rows go on the table's first lines, one after another, the rest blank: a blank line
    // between two rows would end the table, and the header's "|---|" must follow it at once.
    List<String> out = new ArrayList<>();
    int rowStart = top + 1;
    for (int k = top + 1; k <= end; k++) {
      if (!isBorder(lines[k]) && !isPartialBorder(lines[k])) {
        continue;
      }
      if (k > rowStart) {
        out.add(row(lines, rowStart, k - 1, bounds));
        if (lines[k].indexOf('=') >= 0 && out.size() == 1) {
          out.add("|---|");
        }
      }
      rowStart = k + 1;
    }
    for (int k = top; k <= end; k++) {
      lines[k] = k - top < out.size() ? out.get(k - top) : "";
    }
    return end;
  }

  /** {@code +---+---+}, {@code +===+} under a header, {@code +:--+} with alignment; linear. */
  static boolean isBorder(String line) {
    String s = stripIndent(line);
    if (s == null || s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') {
      return false;
    }
    boolean dash = false;
    for (int k = 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '+') {
        if (!dash) {
          return false; // "++": a column of no width
        }
        dash = false;
      } else if (c == '-' || c == '=' || c == ':') {
        dash = true;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * A row separator that a cell spanning rows crosses ({@code | +------+}): only border marks,
   * pipes and spaces, with at least one '+' and a run of dashes. Linear, as a regex of nested runs
   * was not.
   */
  private static boolean isPartialBorder(String line) {
    String s = stripIndent(line);
    if (s == null || s.isEmpty() || s.charAt(0) != '+' && s.charAt(0) != '|') {
      return false;
    }
    boolean plus = false;
    int run = 0;
    int longest = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '-' || c == '=') {
        longest = Math.max(longest, ++run);
      } else if (c == '+' || c == '|' || c == ':' || c == ' ') {
        plus |= c == '+';
        run = 0;
      } else {
        return false;
      }
    }
    return plus && longest >= 3;
  }

  /** The line without up to three spaces of indent and trailing spaces, or null if more. */
  private static String stripIndent(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return k > 3 ? null : line.substring(k).stripTrailing();
  }

  /** Where the top border's '+' marks stand: the columns' edges. */
  private static List<Integer> boundaries(String border) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < border.length(); k++) {
      if (border.charAt(k) == '+') {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * One row's cells. An edge counts only where every line of the row has a '|' at it, so a cell
   * spanning two columns stays one cell; text is never dropped: a line whose marks are out of line
   * (pandoc counts a wide character as two columns) puts what runs past the last common edge in the
   * last cell, and with no common edge the row's text is one cell.
   */
  private static String row(String[] lines, int from, int to, List<Integer> bounds) {
    List<Integer> edges = new ArrayList<>();
    for (int b : bounds) {
      boolean everyLine = true;
      for (int k = from; k <= to && everyLine; k++) {
        everyLine = b < lines[k].length() && lines[k].charAt(b) == '|';
      }
      if (everyLine) {
        edges.add(b);
      }
    }
    List<String> cells = new ArrayList<>();
    if (edges.isEmpty()) {
      cells.add(cell(lines, from, to, -1, -1));
    } else {
      String before = cell(lines, from, to, -1, edges.get(0));
      if (!before.isEmpty()) {
        cells.add(before);
      }
      for (int e = 0; e < edges.size(); e++) {
        int end = e + 1 < edges.size() ? edges.get(e + 1) : -1;
        String cell = cell(lines, from, to, edges.get(e), end);
        if (end >= 0 || !cell.isEmpty()) {
          cells.add(cell);
        }
      }
    }
    // A Markdown row: a tab-separated row whose first cell is a number ("1.1<TAB>Time moved")
    // reads as Word's numbered paragraph. Tabs only when a cell holds a pipe itself.
    if (cells.size() < 2) {
      return cells.isEmpty() ? "" : cells.get(0); // a note boxed on its own is a paragraph
    }
    if (cells.stream().anyMatch(c -> c.indexOf('|') >= 0)) {
      return String.join("\t", cells);
    }
    return "| " + String.join(" | ", cells) + " |";
  }

  /**
   * The words between two positions on each of the row's lines, joined: after {@code left} (or from
   * the start when -1) up to {@code right} (or the end of the line, without its closing '|', when
   * -1).
   */
  private static String cell(String[] lines, int from, int to, int left, int right) {
    StringBuilder cell = new StringBuilder();
    for (int k = from; k <= to; k++) {
      String line = lines[k];
      int a = Math.min(left + 1, line.length());
      int b = right < 0 ? line.length() : Math.min(right, line.length());
      String part = a < b ? line.substring(a, b).strip() : "";
      if (right < 0) {
        part = part.replaceAll("\\|+$", "").strip();
      }
      if (left < 0) {
        part = part.replaceAll("^\\|+", "").strip();
      }
      if (!part.isEmpty()) {
        cell.append(cell.isEmpty() ? "" : " ").append(part);
      }
    }
    return cell.toString();
  }
}
