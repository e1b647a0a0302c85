package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * its own ("By 7.30am on the" apart from "first day of absence"). Each row becomes its cells, the
 * lines of a cell joined, separated by tabs, on the row's last line; the {@code +===+} line under a
 * header row becomes {@code |---|}, as under a Markdown table's header; every other line of the
 * table is blanked, so every line after it keeps its number.
 */
final class GridTables {

  /** A border: {@code +---+---+}, {@code +===+} under a header, {@code +:--+} with alignment. */
  private static final Pattern BORDER = Pattern.compile("^ {0,3}\\+(?:[-=:]+\\+)+ *$");

  /** A row separator that a cell spanning rows crosses: {@code | +------+}. */
  private static final Pattern PARTIAL_BORDER =
      Pattern.compile("^ {0,3}[+|][-=:+| ]*[-=][-=:+| ]*$");

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
      if (BORDER.matcher(lines[i]).matches()
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
    int end = -1;
    for (int j = top + 1; j < lines.length && j <= top + MAX_LINES; j++) {
      String s = lines[j].stripLeading();
      if (!s.startsWith("|") && !s.startsWith("+")) {
        break;
      }
      if (BORDER.matcher(lines[j]).matches()) {
        end = j;
      }
    }
    List<Integer> bounds = boundaries(lines[top]);
    if (end < 0 || bounds.size() > MAX_COLUMNS + 1) {
      return top;
    }
    int rowStart = top + 1;
    for (int j = top + 1; j <= end; j++) {
      if (!BORDER.matcher(lines[j]).matches() && !PARTIAL_BORDER.matcher(lines[j]).matches()) {
        continue;
      }
      boolean header = lines[j].contains("=");
      if (j > rowStart) {
        lines[j - 1] = row(lines, rowStart, j - 1, bounds);
        for (int k = rowStart; k < j - 1; k++) {
          lines[k] = "";
        }
      }
      lines[j] = header && j > rowStart ? "|---|" : "";
      rowStart = j + 1;
    }
    lines[top] = "";
    return end;
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
   * One row's cells, tab-separated. An edge counts only where every line of the row has a '|' at
   * it, so a cell spanning two columns stays one cell.
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
    for (int e = 0; e + 1 < edges.size(); e++) {
      StringBuilder cell = new StringBuilder();
      for (int k = from; k <= to; k++) {
        String part = lines[k].substring(edges.get(e) + 1, edges.get(e + 1)).strip();
        if (!part.isEmpty()) {
          cell.append(cell.isEmpty() ? "" : " ").append(part);
        }
      }
      cells.add(cell.toString());
    }
    if (edges.size() < 2) {
      // No column edge on every line: the row's text as one cell.
      StringBuilder all = new StringBuilder();
      for (int k = from; k <= to; k++) {
        String part = lines[k].strip().replaceAll("^\\||\\|$", "").strip();
        if (!part.isEmpty()) {
          all.append(all.isEmpty() ? "" : " ").append(part);
        }
      }
      cells.add(all.toString());
    }
    return String.join("\t", cells);
  }
}
