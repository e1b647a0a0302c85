package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * What an answer quotes for a paragraph that leads into lettered items or numbered sub-paragraphs.
 * The index keeps "3.1 Employees are responsible for:" and each of its items as clauses of their
 * own, so a question can be answered by the one item it is about; but quoted alone the paragraph is
 * only its lead-in, and "Employees are responsible for:" answers nothing. The quote is the
 * paragraph as the policy writes it: the lead-in, its items with their numbers (an item that leads
 * into items of its own with them), and any words the policy puts between or after them.
 *
 * @param text the paragraph's words as one run
 * @param blocks the same words: the lead-in, the items as a list, the sentences after them
 * @param itemIds the numbers of the items the quote holds ({@code 3.1(a)}, {@code 3.1(b)}), empty
 *     when it holds none
 */
record LeadInQuote(String text, List<Block> blocks, List<String> itemIds) {

  /**
   * What an item's number adds to its paragraph's: a letter, "(a)", or one more level, ".1" of
   * "4.1.1"; not "(a)(i)" or "(a) under …".
   */
  private static final Pattern ITEM_SUFFIX = Pattern.compile("\\([a-z]\\)|\\.\\d+");

  LeadInQuote {
    blocks = List.copyOf(blocks);
    itemIds = List.copyOf(itemIds);
  }

  /** The quote of a clause: with its items when it is a lead-in, otherwise its own words. */
  static LeadInQuote of(Policy policy, Clause clause) {
    List<Clause> clauses = policy.clauses();
    for (int i = 0; i < clauses.size(); i++) {
      if (clauses.get(i).id().equals(clause.id())) {
        return quoteAt(clauses, i);
      }
    }
    return own(clause);
  }

  private static LeadInQuote own(Clause clause) {
    return new LeadInQuote(clause.text(), clause.blocks(), List.of());
  }

  /** The quote of the clause at {@code at}, whose items, if any, come straight after it. */
  private static LeadInQuote quoteAt(List<Clause> clauses, int at) {
    Clause clause = clauses.get(at);
    if (!Block.onlyProse(clause.blocks())) {
      return own(clause);
    }
    // Each item records the paragraph's words before it as its lead-in, so the paragraph can be
    // laid out again in its own order: the words before the first item, the items, any words
    // between two runs of items, and what the paragraph holds after the last one.
    Layout out = new Layout();
    List<String> ids = new ArrayList<>();
    String placed = "";
    int i = at + 1;
    while (i < clauses.size() && isItemOf(clauses.get(i), clause)) {
      Clause item = clauses.get(i);
      String leadIn = item.context();
      if (!leadIn.equals(placed)) {
        if (!continues(leadIn, placed)) {
          return own(clause);
        }
        out.prose(leadIn.substring(placed.length()));
        placed = leadIn;
      }
      // As the policy writes the number: "(a)" after the paragraph's words, "4.1.1" in full.
      String suffix = item.id().substring(clause.id().length());
      String number = suffix.startsWith("(") ? suffix : item.id();
      LeadInQuote inner = quoteAt(clauses, i);
      if (inner.itemIds().isEmpty() && Block.onlyProse(item.blocks())) {
        out.item(number + " " + item.text());
      } else {
        // An item that leads into items of its own, or holds a table or a list, keeps its
        // layout, between the items around it.
        out.blocks(number, inner.blocks());
      }
      ids.add(item.id());
      ids.addAll(inner.itemIds());
      i += 1 + inner.itemIds().size();
      // Sub-items an item holds that are not its lead-in's ("4.1.1.1" under "4.1.1 open the
      // gates."): in their place, with their numbers.
      while (i < clauses.size() && isUnder(clauses.get(i), item)) {
        out.item(clauses.get(i).id() + " " + clauses.get(i).text());
        ids.add(clauses.get(i).id());
        i++;
      }
    }
    if (ids.isEmpty()) {
      return own(clause);
    }
    out.prose(clause.text().substring(placed.length()));
    return out.quote(ids);
  }

  /** An item directly under the paragraph that completes its lead-in. */
  private static boolean isItemOf(Clause item, Clause paragraph) {
    String id = item.id();
    return id.startsWith(paragraph.id())
        && ITEM_SUFFIX.matcher(id.substring(paragraph.id().length())).matches()
        && !item.context().isEmpty()
        && continues(paragraph.text(), item.context());
  }

  /** A clause numbered under another: "4.1.1.1" or "4.1.1(a)" under "4.1.1". */
  private static boolean isUnder(Clause clause, Clause item) {
    return clause.id().startsWith(item.id() + ".") || clause.id().startsWith(item.id() + "(");
  }

  /** Whether {@code longer} is {@code shorter} and more words, or the same. */
  private static boolean continues(String longer, String shorter) {
    return longer.startsWith(shorter)
        && (shorter.isEmpty()
            || longer.length() == shorter.length()
            || longer.charAt(shorter.length()) == ' ');
  }

  /** The quote's blocks as they are laid out, and its words. */
  private static final class Layout {
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> run = new ArrayList<>();

    void prose(String text) {
      if (!text.isBlank()) {
        endList();
        blocks.add(new Block.Prose(text.strip()));
        words.add(text.strip());
      }
    }

    void item(String text) {
      run.add(text);
    }

    /** An item's own blocks, its number before the first. */
    void blocks(String number, List<Block> itemBlocks) {
      endList();
      boolean first = true;
      for (Block b : itemBlocks) {
        if (first && b instanceof Block.Prose p) {
          prose(number + " " + p.text());
        } else {
          if (first) {
            prose(number);
          }
          blocks.add(b);
          words.add(b.words());
        }
        first = false;
      }
    }

    /** The quote laid out so far, its last list ended. */
    LeadInQuote quote(List<String> itemIds) {
      endList();
      return new LeadInQuote(String.join(" ", words), blocks, itemIds);
    }

    private void endList() {
      if (!run.isEmpty()) {
        // The items carry their own numbers, so channels draw no bullet before them.
        blocks.add(new Block.ItemList(run, true));
        words.addAll(run);
        run.clear();
      }
    }
  }
}
