package org.policybot.teams;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.Block;

/**
 * The blocks of a quote that fit within a number of characters of words: prose is cut where the
 * budget ends, as a prose clause is; a list or table keeps its whole items and rows that fit, so no
 * cell is shown in part.
 */
record ShortenedBlocks(List<Block> blocks, boolean cut) {

  static ShortenedBlocks of(List<Block> blocks, int maxChars) {
    List<Block> shown = new ArrayList<>();
    int used = 0;
    for (Block block : blocks) {
      int size = block.words().length();
      if (used + size <= maxChars) {
        shown.add(block);
        used += size + 1;
        continue;
      }
      int room = maxChars - used;
      switch (block) {
        case Block.Prose p -> {
          if (room > 0 && !p.text().substring(0, room).isBlank()) {
            shown.add(new Block.Prose(p.text().substring(0, room)));
          }
        }
        case Block.ItemList l -> {
          List<String> items = fitting(l.items(), room);
          if (!items.isEmpty()) {
            shown.add(new Block.ItemList(items, l.numbered()));
          }
        }
        case Block.Table t -> {
          int left = room - String.join(" ", t.header()).length();
          List<List<String>> rows = new ArrayList<>();
          for (List<String> row : t.rows()) {
            int rowSize = String.join(" ", row).length() + 1;
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

  private static List<String> fitting(List<String> items, int room) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      int size = item.length() + 1;
      if (size > room) {
        break;
      }
      out.add(item);
      room -= size;
    }
    return out;
  }
}
