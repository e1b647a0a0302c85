package org.policybot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.policybot.core.CitedClause;
import org.policybot.index.Block;

/**
 * A clause's words with their lists and tables, for Teams. In the card a table is an Adaptive Card
 * {@code Table} (schema 1.5, which the card already declares), its header row marked as such, and a
 * bulleted list is TextBlock markdown's {@code - item} list; message markdown has no tables, so
 * there each row is a list item with its cells in order and an em dash between them, under the
 * header in bold. Every word goes through {@link TeamsMarkdown#escape}.
 */
final class TeamsQuote {

  static final String SHORTENED = "… (shortened; open the clause for the full text)";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TeamsQuote() {}

  /**
   * The card elements for the clause's blocks, in order, within {@code maxChars} characters of
   * words, with a pointer to the full text when some are left out.
   */
  static List<ObjectNode> cardItems(CitedClause clause, int maxChars) {
    ShortenedBlocks shown = ShortenedBlocks.of(clause.blocks(), maxChars);
    List<ObjectNode> items = new ArrayList<>();
    for (Block block : shown.blocks()) {
      items.add(
          switch (block) {
            case Block.Prose p -> text(TeamsMarkdown.escape(p.text()));
            case Block.ItemList l -> text(list(l, "\r"));
            case Block.Table t -> table(t);
          });
    }
    if (shown.cut()) {
      items.add(text(TeamsMarkdown.escape(SHORTENED)).put("isSubtle", true));
    }
    return items;
  }

  /** The clause as message markdown, every line a quote line, within {@code maxChars}. */
  static String markdown(CitedClause clause, int maxChars) {
    ShortenedBlocks shown = ShortenedBlocks.of(clause.blocks(), maxChars);
    List<String> paragraphs = new ArrayList<>();
    for (Block block : shown.blocks()) {
      switch (block) {
        case Block.Prose p -> paragraphs.add(TeamsMarkdown.escape(p.text()));
        case Block.ItemList l -> paragraphs.add(list(l, "\n"));
        case Block.Table t -> {
          if (!t.header().isEmpty()) {
            paragraphs.add(cells(t.header(), true));
          }
          List<String> rows = new ArrayList<>();
          t.rows().forEach(r -> rows.add("- " + cells(r, false)));
          if (!rows.isEmpty()) {
            paragraphs.add(String.join("\n", rows));
          }
        }
      }
    }
    if (shown.cut()) {
      paragraphs.add(TeamsMarkdown.escape(SHORTENED));
    }
    // A blank quote line between paragraphs, so a list or a row never runs on from the line above.
    List<String> lines = new ArrayList<>();
    for (String line : String.join("\n\n", paragraphs).split("\n", -1)) {
      lines.add(line.isEmpty() ? ">" : "> " + line);
    }
    return String.join("\n", lines);
  }

  /**
   * Bullets as a markdown list; items that carry their own numbers ("1) the cost;", escaped so
   * Teams does not renumber them) as paragraphs, one each.
   */
  private static String list(Block.ItemList l, String lineBreak) {
    List<String> items = new ArrayList<>();
    for (String item : l.items()) {
      items.add((l.numbered() ? "" : "- ") + TeamsMarkdown.escape(item));
    }
    return String.join(l.numbered() ? "\n\n" : lineBreak, items);
  }

  private static String cells(List<String> cells, boolean bold) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      String words = TeamsMarkdown.escape(cell);
      out.add(bold && !cell.isBlank() ? "**" + words + "**" : words);
    }
    return Block.Table.joinCells(out);
  }

  private static ObjectNode table(Block.Table t) {
    ObjectNode table = JSON.objectNode();
    table.put("type", "Table");
    table.put("firstRowAsHeader", !t.header().isEmpty());
    table.put("showGridLines", true);
    ArrayNode columns = table.putArray("columns");
    for (int i = 0; i < t.columns(); i++) {
      columns.addObject().put("width", 1);
    }
    ArrayNode rows = table.putArray("rows");
    if (!t.header().isEmpty()) {
      rows.add(row(t.header(), t.columns(), true));
    }
    t.rows().forEach(r -> rows.add(row(r, t.columns(), false)));
    return table;
  }

  /** A table row; a row shorter than the table gets empty cells, so no cell changes column. */
  private static ObjectNode row(List<String> cells, int columns, boolean header) {
    ObjectNode row = JSON.objectNode();
    row.put("type", "TableRow");
    ArrayNode out = row.putArray("cells");
    for (int i = 0; i < columns; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      ObjectNode block = text(TeamsMarkdown.escape(cell));
      if (header) {
        block.put("weight", "Bolder");
      }
      ObjectNode tableCell = out.addObject();
      tableCell.put("type", "TableCell");
      tableCell.putArray("items").add(block);
    }
    return row;
  }

  static ObjectNode text(String markdown) {
    ObjectNode block = JSON.objectNode();
    block.put("type", "TextBlock");
    block.put("text", markdown);
    block.put("wrap", true);
    return block;
  }
}
