package org.policybot.index.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.index.Block;
import org.policybot.index.Clause;

/**
 * A clause still collecting its lines: its flat words, which search, the checks and diffs read, and
 * the same words in their lists and tables, for quoting.
 */
final class ClauseDraft {

  /** A bullet character Word exports before a tab, so that it reads as a table cell. */
  private static final Pattern BULLET_CELL = Pattern.compile(Block.BULLET_GLYPHS);

  /** A sub-item's label exported before a tab: "(ii)", "iii.", "(b)", "c)". */
  private static final Pattern ITEM_LABEL_CELL = Pattern.compile("\\(?(?:[ivx]{1,4}|[a-z])[.)]");

  final String id;
  final String sectionId;
  final String sectionTitle;
  final String context;
  final int line;

  /**
   * The unnumbered heading inside its section that the clause sits under, when the clause is
   * numbered by the section alone ("2(a)" under "### Mileage"), or empty; see {@link SubHeadings}.
   */
  final String subHeading;

  /**
   * Whether the clause's number came before (or it is an item of such a paragraph): its lines are
   * read, so that the errors after it are found, but it never becomes a clause.
   */
  final boolean duplicate;

  /** The flat words. */
  final StringBuilder text = new StringBuilder();

  private final ClauseBlocks blocks = new ClauseBlocks();

  ClauseDraft(String id, String sectionId, String sectionTitle, String context, int line) {
    this(id, sectionId, sectionTitle, context, line, false, "");
  }

  ClauseDraft(
      String id,
      String sectionId,
      String sectionTitle,
      String context,
      int line,
      boolean duplicate,
      String subHeading) {
    this.id = id;
    this.subHeading = subHeading;
    this.sectionId = sectionId;
    this.sectionTitle = sectionTitle;
    this.context = context;
    this.line = line;
    this.duplicate = duplicate;
  }

  /**
   * The last words so far, enough to see how the text ends: asked at every line, so a copy of a
   * whole long clause each time would make a file of a few MB take minutes.
   */
  String ending() {
    return text.substring(Math.max(0, text.length() - 256));
  }

  /** Prose: a clause's first words, or a paragraph or line of its own. */
  void append(String more) {
    flat(more);
    blocks.prose(more);
  }

  /** A list item: a bulleted line, or a "1)" item under a lead-in (its number kept). */
  void appendItem(String item, boolean ownNumber) {
    flat(item);
    blocks.item(item, ownNumber);
  }

  /** A line that carries on the line above, which may have been a list item. */
  void appendWrapped(String more) {
    flat(more);
    blocks.wrapped(more);
  }

  /** A table row: its cells in order in the flat text, in their columns in the blocks. */
  void appendRow(Line row) {
    List<String> cells = row.cells();
    // Word's plain-text export puts a bullet or a sub-item's label in a cell of its own before a
    // tab; a Markdown table's first column is a column, whatever it holds.
    boolean tabbed = !row.headerRow() && !blocks.inTableWithHeader() && cells.size() >= 2;
    // "o" and dashes are bullets only inside a bulleted list: Word's second level ("•<TAB>attend…"
    // then "o<TAB>keep…"); in a table's first cell they are as likely a value.
    boolean subBullet = tabbed && blocks.inBulletedList() && cells.get(0).matches("[o\\-\u2013]");
    String item = tabbed ? String.join(" ", cells.subList(1, cells.size())) : "";
    // The flat text keeps a bullet glyph as it always has (search ignores it, and a changed text
    // would show in every diff), but not the letter "o", which search would read as a word.
    flat(subBullet ? item : String.join(" ", cells));
    if (subBullet || tabbed && BULLET_CELL.matcher(cells.get(0)).matches()) {
      // "•<TAB>access to a fan;": Word's bullet, exported as a cell of its own.
      blocks.item(item, false);
    } else if (tabbed && ITEM_LABEL_CELL.matcher(cells.get(0)).matches()) {
      // "<TAB>(ii)<TAB>training.": a sub-item indented with tabs, read in its sentence as the
      // "(i)" parts of lettered items are, not as a table with an empty first column.
      blocks.prose(String.join(" ", cells));
    } else {
      blocks.row(row.row(), row.headerRow());
    }
  }

  private void flat(String more) {
    if (!more.isEmpty()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(more);
    }
  }

  /**
   * The finished clause, or empty when it has no words.
   *
   * @param quotedId the number it is quoted by: its own, or qualified by its sub-heading
   */
  Optional<Clause> toClause(String policyId, String quotedId) {
    String words = Markup.normalizeSpace(text.toString());
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Block> layout = blocks.build();
    if (!Block.holdWordsOf(layout, words)) {
      // The layout only helps a quote read well; should it ever disagree with the words, the
      // words win and the clause is quoted as one paragraph rather than the file refused.
      layout = List.of(new Block.Prose(words));
    }
    return Optional.of(
        new Clause(
            policyId,
            quotedId,
            sectionId,
            sectionTitle,
            words,
            Markup.normalizeSpace(context),
            line,
            layout));
  }
}
