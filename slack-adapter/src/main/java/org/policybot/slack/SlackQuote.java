package org.policybot.slack;

import java.util.ArrayList;
import java.util.List;
import org.policybot.core.CitedClause;
import org.policybot.index.Block;

/**
 * A clause's words as mrkdwn lines, its lists and tables kept: mrkdwn has no tables, so each list
 * item and each table row gets a line of its own, a row's cells stay in order with a dash between
 * them, and the header row is bold. Every word goes through {@link Mrkdwn#literal}; only the
 * bullets, dashes, bold marks and line breaks are ours.
 */
final class SlackQuote {

  static final String BULLET = "• ";

  private static final String ELLIPSIS = "…";

  /**
   * The quote's lines, escaped, within a budget of characters.
   *
   * @param text the lines joined by newlines, not yet marked as a quote
   * @param cut whether the clause was too long and only its start is shown
   */
  record Fitted(String text, boolean cut) {}

  private SlackQuote() {}

  /**
   * The clause's words within {@code max} characters once quoted: each line costs its length and
   * the {@code >} that {@link Mrkdwn#quote} puts before it, and each but the first a newline.
   */
  static Fitted fit(CitedClause clause, int max) {
    if (clause.isProse()) {
      String whole = Mrkdwn.literal(clause.text());
      return whole.length() + 1 <= max
          ? new Fitted(whole, false)
          : new Fitted(Mrkdwn.fitLiteral(clause.text(), max - 1), true);
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (Line line : lines(clause.blocks())) {
      int marks = out.isEmpty() ? 1 : 2;
      int room = max - used - marks;
      String newline = out.isEmpty() ? "" : "\n";
      if (line.markup().length() <= room) {
        out.append(newline).append(line.markup());
        used += marks + line.markup().length();
        continue;
      }
      // Prose is cut at a word, as a prose clause is; an item or a row is left out whole rather
      // than shown in part, so no cell is read as if it were complete.
      if (line.prose() != null && room >= 2) {
        out.append(newline).append(Mrkdwn.fitLiteral(line.prose(), room));
      } else if (room >= ELLIPSIS.length()) {
        out.append(newline).append(ELLIPSIS);
      }
      return new Fitted(out.toString(), true);
    }
    return new Fitted(out.toString(), false);
  }

  /**
   * One line of the quote.
   *
   * @param markup the line as mrkdwn, escaped
   * @param prose the raw words, when the line is prose that may be cut at a word; otherwise null
   */
  private record Line(String markup, String prose) {}

  private static List<Line> lines(List<Block> blocks) {
    List<Line> lines = new ArrayList<>();
    for (Block block : blocks) {
      switch (block) {
        case Block.Prose p -> lines.add(new Line(Mrkdwn.literal(p.text()), p.text()));
        case Block.ItemList l -> {
          for (String item : l.items()) {
            lines.add(new Line((l.numbered() ? "" : BULLET) + Mrkdwn.literal(item), null));
          }
        }
        case Block.Table t -> {
          if (!t.header().isEmpty()) {
            lines.add(new Line(cells(t.header(), true), null));
          }
          for (List<String> row : t.rows()) {
            lines.add(new Line(BULLET + cells(row, false), null));
          }
        }
      }
    }
    return lines;
  }

  private static String cells(List<String> cells, boolean bold) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      String words = Mrkdwn.literal(cell);
      out.add(bold && !cell.isBlank() ? "*" + words + "*" : words);
    }
    return Block.Table.joinCells(out);
  }
}
