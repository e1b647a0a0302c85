package org.policybot.app.server;

import java.util.List;
import org.policybot.index.Block;

/**
 * A clause's words as HTML with their lists and tables: prose as {@code <p>}, a list as {@code
 * <ul>}, a table as {@code <table>} with the header row in {@code <thead>}. Shared by the policy
 * page and the ask page, so a clause looks the same on both. Every word goes through {@link
 * Html#escape}; only the tags are ours.
 */
final class ClauseHtml {

  private ClauseHtml() {}

  /** Appends the blocks' HTML. */
  static void blocks(List<Block> blocks, StringBuilder out) {
    for (Block block : blocks) {
      switch (block) {
        case Block.Prose p -> out.append("<p>").append(Html.escape(p.text())).append("</p>");
        case Block.ItemList l -> list(l, out);
        case Block.Table t -> table(t, out);
      }
    }
  }

  private static void list(Block.ItemList l, StringBuilder out) {
    // Items that carry their own numbers ("1) the cost;") are not bulleted or renumbered.
    out.append(l.numbered() ? "<ul class=\"items numbered\">" : "<ul class=\"items\">");
    for (String item : l.items()) {
      out.append("<li>").append(Html.escape(item)).append("</li>");
    }
    out.append("</ul>");
  }

  private static void table(Block.Table t, StringBuilder out) {
    out.append("<table class=\"clause-table\">");
    if (!t.header().isEmpty()) {
      out.append("<thead>");
      row(t.header(), t.columns(), "th scope=\"col\"", "th", out);
      out.append("</thead>");
    }
    out.append("<tbody>");
    for (List<String> row : t.rows()) {
      row(row, t.columns(), "td", "td", out);
    }
    out.append("</tbody></table>");
  }

  /** A row, padded with empty cells to the table's width so no cell changes column. */
  private static void row(
      List<String> cells, int columns, String open, String close, StringBuilder out) {
    out.append("<tr>");
    for (int i = 0; i < columns; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      out.append('<').append(open).append('>').append(Html.escape(cell));
      out.append("</").append(close).append('>');
    }
    out.append("</tr>");
  }
}
