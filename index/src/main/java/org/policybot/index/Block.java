package org.policybot.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One part of a clause as the policy lays it out: a run of prose, a list or a table. A clause's
 * blocks hold its words and nothing else, in order; what they add to {@link Clause#text()} is only
 * the shape, which words are one list item, one table row, one cell or the header, so a quote can
 * show a table as a table instead of one run-on sentence.
 */
public sealed interface Block permits Block.Prose, Block.ItemList, Block.Table {

  /** The block's words in reading order, one space apart: its share of the clause's flat text. */
  String words();

  /**
   * A run of prose: sentences, a list's lead-in, lettered sub-items' {@code (i)} parts.
   *
   * @param text the words, whitespace normalised
   */
  record Prose(String text) implements Block {

    public Prose {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("prose must have words: '" + text + "'");
      }
    }

    @Override
    public String words() {
      return text;
    }
  }

  /**
   * A bulleted list, or a list that numbers its own items as written ({@code 1) the cost;}).
   *
   * @param items each item's words, without its bullet
   * @param numbered whether each item starts with its own number, so no bullet is drawn before it
   */
  record ItemList(List<String> items, boolean numbered) implements Block {

    public ItemList {
      items = List.copyOf(items);
      if (items.isEmpty() || items.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("a list needs items with words: " + items);
      }
    }

    @Override
    public String words() {
      return String.join(" ", items);
    }
  }

  /**
   * A table: its rows keep their cells in their columns, so each value stays with its heading.
   *
   * @param header the header row's cells, or empty when the table has none (a Markdown table's
   *     first row, over its {@code |---|} line; a tab-separated export cannot say)
   * @param rows the body rows, each with its cells in column order, empty cells kept as {@code ""}
   */
  record Table(List<String> header, List<List<String>> rows) implements Block {

    /**
     * Between a row's cells where a channel shows the row as one line of text (Slack, Teams message
     * text, the command line), the same in each so a quote reads alike everywhere.
     */
    private static final String CELL_SEPARATOR = " — ";

    /**
     * A row as one line of text, the same in each channel: its cells with words, the separator
     * between them. An empty cell adds nothing: "Line manager — — 7am" read as a stutter.
     */
    public static String joinCells(List<String> cells) {
      List<String> words = cells.stream().filter(c -> !c.isBlank()).toList();
      return String.join(CELL_SEPARATOR, words);
    }

    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      if (!header.isEmpty() && header.stream().allMatch(String::isBlank)) {
        throw new IllegalArgumentException("a header needs a cell with words: " + header);
      }
      if (header.isEmpty() && rows.isEmpty()) {
        throw new IllegalArgumentException("a table needs a header or a row");
      }
      for (List<String> row : rows) {
        if (row.stream().allMatch(String::isBlank)) {
          throw new IllegalArgumentException("a row needs a cell with words: " + row);
        }
      }
    }

    /** The number of columns: the widest row's, the header's included. */
    public int columns() {
      int n = header.size();
      for (List<String> row : rows) {
        n = Math.max(n, row.size());
      }
      return n;
    }

    @Override
    public String words() {
      List<String> all = new ArrayList<>();
      header.stream().filter(c -> !c.isBlank()).forEach(all::add);
      rows.forEach(r -> r.stream().filter(c -> !c.isBlank()).forEach(all::add));
      return String.join(" ", all);
    }
  }

  /** Whether a clause's blocks are one run of prose, with no list or table to lay out. */
  static boolean onlyProse(List<Block> blocks) {
    return blocks.size() == 1 && blocks.get(0) instanceof Prose;
  }

  /**
   * Whether blocks hold exactly the words of a clause's flat text, in order. A bullet glyph that
   * Word exports as a cell of its own ({@code •<TAB>item}) is in the flat text but drawn as the
   * list's bullet, so lone glyphs are not counted as words on either side.
   */
  static boolean holdWordsOf(List<Block> blocks, String text) {
    Objects.requireNonNull(text, "text");
    if (onlyProse(blocks) && blocks.get(0).words().equals(text)) {
      return true; // most clauses: no need to compare word by word
    }
    List<String> parts = blocks.stream().map(Block::words).toList();
    return withoutGlyphs(String.join(" ", parts)).equals(withoutGlyphs(text));
  }

  /**
   * The characters Word exports as a list's bullet, in a cell of their own before a tab: the round,
   * square and hollow bullets, arrows, and the Symbol font's private-use bullets (U+F0B7, U+F0A7,
   * U+F0D8), the middle dot and the section sign Word's Symbol bullets become in plain text. Not
   * "o", "-" or "–": in a table's first cell those are as likely a value ("–" for none) as a
   * bullet, and a table must not be split by guessing. As a character class.
   */
  public static final String BULLET_GLYPHS =
      "[\u2022\u25AA\u25CF\u25E6\u25CB\u25A0\u25A1\u2023\u2043\u2219\u27A2\u27A4"
          + "\u00B7\u00A7\uF0B7\uF0A7\uF0D8]";

  /** Text without the bullets Word exports as characters, compared on both sides alike. */
  private static String withoutGlyphs(String s) {
    // Only clauses with a list or table get here, once each when the policy is read.
    return s.replaceAll("(?<!\\S)" + BULLET_GLYPHS + "(?!\\S)", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
