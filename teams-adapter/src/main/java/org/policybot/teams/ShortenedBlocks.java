package org.policybot.teams;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.Block;

/**
 * The blocks of a quote that fit within a number of characters: prose is cut at a word where the
 * budget ends, as a prose clause is; a list or table keeps its whole items and rows that fit, so no
 * cell is shown in part. A table's cells are counted with what the card spends on each, so a wide
 * table of short cells cannot take the card past the size Teams accepts (about 28 KB).
 */
record ShortenedBlocks(List<Block> blocks, boolean cut) {

  /** Card JSON around one table cell: a TableCell holding a TextBlock, about 90 characters. */
  static final int CELL_COST = 100;

  /** Card JSON around one table row. */
  static final int ROW_COST = 40;

  /** Markdown around one list item ("- ", its line break), and the number of a numbered one. */
  static final int ITEM_COST = 8;

  static ShortenedBlocks of(List<Block> blocks, int maxChars) {
    List<Block> shown = new ArrayList<>();
    int used = 0;
    for (Block block : blocks) {
      int size = cost(block);
      if (used + size <= maxChars) {
        shown.add(block);
        used += size + 1;
        continue;
      }
      int room = maxChars - used;
      switch (block) {
        case Block.Prose p -> {
          String start = wordsWithin(p.text(), room);
          if (!start.isBlank()) {
            shown.add(new Block.Prose(start));
          }
        }
        case Block.ItemList l -> {
          List<String> items = fitting(l.items(), room);
          if (!items.isEmpty()) {
            shown.add(new Block.ItemList(items, l.numbered()));
          }
        }
        case Block.Table t -> {
          int left = room - rowCost(t.header(), t.columns());
          List<List<String>> rows = new ArrayList<>();
          for (List<String> row : t.rows()) {
            int rowSize = rowCost(row, t.columns()) + 1;
            if (rowSize > left) {
              break;
            }
            rows.add(row);
            left -= rowSize;
          }
          if (!rows.isEmpty()) {
            shown.add(new Block.Table(t.header(), rows));
          }
        }
      }
      return new ShortenedBlocks(shown, true);
    }
    return new ShortenedBlocks(shown, false);
  }

  private static int cost(Block block) {
    return switch (block) {
      case Block.Table t ->
          rowCost(t.header(), t.columns())
              + t.rows().stream().mapToInt(r -> rowCost(r, t.columns()) + 1).sum();
      case Block.ItemList l -> l.items().stream().mapToInt(i -> i.length() + ITEM_COST).sum();
      case Block.Prose p -> p.text().length();
    };
  }

  /** A row costs a cell for every column: the card pads short rows so no value changes column. */
  private static int rowCost(List<String> cells, int columns) {
    if (cells.isEmpty()) {
      return 0;
    }
    return ROW_COST + columns * CELL_COST + cells.stream().mapToInt(String::length).sum();
  }

  /**
   * The longest start of a text within {@code room} characters, ending at a word where one is near
   * and never inside a character that takes two chars (an emoji).
   */
  static String wordsWithin(String text, int room) {
    if (room <= 0) {
      return "";
    }
    if (text.length() <= room) {
      return text;
    }
    int end = room;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    if (space > end / 2) {
      end = space;
    }
    return text.substring(0, end).stripTrailing();
  }

  private static List<String> fitting(List<String> items, int room) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      int size = item.length() + ITEM_COST;
      if (size > room) {
        break;
      }
      out.add(item);
      room -= size;
    }
    return out;
  }
}
