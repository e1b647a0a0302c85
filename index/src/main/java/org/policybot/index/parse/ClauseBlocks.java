package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.Block;

/**
 * Collects a clause's {@link Block}s as its lines are read, beside the flat text the assembler
 * builds: prose runs, list items and table rows. It only groups the words it is given; which line
 * is an item or a row is the assembler's call.
 */
final class ClauseBlocks {

  private final List<Block> done = new ArrayList<>();

  /** The prose run being read, or null. */
  private StringBuilder prose;

  /** The list being read, or null; its last item may still gain wrapped lines. */
  private List<StringBuilder> items;

  private boolean numbered;

  /** The table being read, or null. */
  private List<String> header;

  private List<List<String>> rows;

  /** Prose: joins the run being read, or starts one after a list or table. */
  void prose(String text) {
    if (text.isBlank()) {
      return;
    }
    if (prose == null) {
      close();
      prose = new StringBuilder(text);
    } else {
      prose.append(' ').append(text);
    }
  }

  /** A list item; a bulleted item after numbered ones (or the reverse) starts another list. */
  void item(String text, boolean ownNumber) {
    if (text.isBlank()) {
      return;
    }
    if (items == null || numbered != ownNumber) {
      close();
      items = new ArrayList<>();
      numbered = ownNumber;
    }
    items.add(new StringBuilder(text));
  }

  /**
   * A line that carries on the one above it with no blank line between: more of the last item when
   * a list is being read (an export wraps long items), otherwise prose.
   */
  void wrapped(String text) {
    if (items != null && !text.isBlank()) {
      items.get(items.size() - 1).append(' ').append(text);
    } else {
      prose(text);
    }
  }

  /**
   * A table row, its cells in their columns. A header row after body rows starts a new table, as a
   * Markdown header row can only begin one.
   */
  void row(List<String> cells, boolean isHeader) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    if (rows == null || isHeader && (!rows.isEmpty() || !header.isEmpty())) {
      close();
      header = List.of();
      rows = new ArrayList<>();
    }
    if (isHeader) {
      header = List.copyOf(cells);
    } else {
      rows.add(List.copyOf(cells));
    }
  }

  /**
   * Whether a bulleted list is being read: its next item may be a level below, "o" for a bullet.
   */
  boolean inBulletedList() {
    return items != null && !numbered;
  }

  /**
   * Whether a table with a header row is being read: a Markdown table, whose first column is a
   * column whatever it holds, not a plain-text export's bullet or label cell.
   */
  boolean inTableWithHeader() {
    return rows != null && !header.isEmpty();
  }

  List<Block> build() {
    close();
    return List.copyOf(done);
  }

  private void close() {
    if (prose != null) {
      done.add(new Block.Prose(Markup.normalizeSpace(prose.toString())));
    }
    if (items != null) {
      done.add(
          new Block.ItemList(
              items.stream().map(i -> Markup.normalizeSpace(i.toString())).toList(), numbered));
    }
    if (rows != null) {
      done.add(new Block.Table(header, rows));
    }
    prose = null;
    items = null;
    header = null;
    rows = null;
  }
}
