package org.policybot.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.Block;

/**
 * A clause's words as terminal lines with their lists and tables: each item and each row on a line
 * of its own, a row's cells in order with an em dash between them, the header row underlined.
 */
final class ConsoleQuote {

  static final String BULLET = "• ";

  /** The header's underline stops here, so a long header does not fill the screen with dashes. */
  private static final int RULE_MAX = 72;

  private ConsoleQuote() {}

  /** The lines of the quote, in order, without indentation or quotation marks. */
  static List<String> lines(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    for (Block block : blocks) {
      switch (block) {
        case Block.Prose p -> lines.add(p.text());
        case Block.ItemList l ->
            l.items().forEach(i -> lines.add((l.numbered() ? "" : BULLET) + i));
        case Block.Table t -> {
          if (!t.header().isEmpty()) {
            String header = Block.Table.joinCells(t.header());
            lines.add(header);
            lines.add("-".repeat(Math.min(header.length(), RULE_MAX)));
          }
          t.rows().forEach(r -> lines.add(BULLET + Block.Table.joinCells(r)));
        }
      }
    }
    return lines;
  }
}
