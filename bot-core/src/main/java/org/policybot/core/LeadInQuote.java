package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * What an answer quotes for a paragraph that leads into lettered items. The index keeps "3.1
 * Employees are responsible for:" and each of its items as clauses of their own, so a question can
 * be answered by the one item it is about; but quoted alone the paragraph is only its lead-in, and
 * "Employees are responsible for:" answers nothing. The quote is the paragraph as the policy writes
 * it: the lead-in, its items with their letters, and any sentence the policy puts between or after
 * them.
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
    LeadInQuote own = new LeadInQuote(clause.text(), clause.blocks(), List.of());
    List<Item> items = itemsOf(policy.clauses(), clause);
    if (items.isEmpty() || !Block.onlyProse(clause.blocks())) {
      return own;
    }
    // Each item records the paragraph's words before it as its lead-in, so the paragraph can be
    // laid out again in its own order: the words before the first item, the items, any words
    // between two runs of items, and what the paragraph holds after the last one.
    List<Block> blocks = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String placed = "";
    for (Item entry : items) {
      Clause item = entry.clause();
      String leadIn = item.context();
      if (!entry.nested() && !leadIn.equals(placed)) {
        if (!continues(leadIn, placed)) {
          return own;
        }
        addList(run, blocks, words);
        addProse(leadIn.substring(placed.length()), blocks, words);
        placed = leadIn;
      }
      // As the policy writes the number: "(a)" after the paragraph's words, "4.1.1" and
      // "4.1.1.1" in full.
      String suffix = item.id().substring(clause.id().length());
      run.add((suffix.startsWith("(") ? suffix : item.id()) + " " + item.text());
    }
    addList(run, blocks, words);
    addProse(clause.text().substring(placed.length()), blocks, words);
    return new LeadInQuote(
        String.join(" ", words), blocks, items.stream().map(i -> i.clause().id()).toList());
  }

  /** Whether {@code longer} is {@code shorter} and more words, or the same. */
  private static boolean continues(String longer, String shorter) {
    return longer.startsWith(shorter)
        && (shorter.isEmpty()
            || longer.length() == shorter.length()
            || longer.charAt(shorter.length()) == ' ');
  }

  private static void addList(List<String> run, List<Block> blocks, List<String> words) {
    if (!run.isEmpty()) {
      // The items carry their own letters, so channels draw no bullet before them.
      blocks.add(new Block.ItemList(run, true));
      words.addAll(run);
      run.clear();
    }
  }

  private static void addProse(String text, List<Block> blocks, List<String> words) {
    if (!text.isBlank()) {
      blocks.add(new Block.Prose(text.strip()));
      words.add(text.strip());
    }
  }

  /**
   * One item of the paragraph's list.
   *
   * @param nested whether it sits under another item ("3.2.1.1" under "3.2.1"), whose own lead-in
   *     it has, not the paragraph's
   */
  private record Item(Clause clause, boolean nested) {}

  /**
   * The items that follow a paragraph in the document and share it as their lead-in, with the
   * sub-items under them; empty for any other clause. Items come straight after their paragraph, so
   * the search stops at the first clause that is neither.
   */
  private static List<Item> itemsOf(List<Clause> clauses, Clause paragraph) {
    int at = -1;
    for (int i = 0; i < clauses.size(); i++) {
      if (clauses.get(i).id().equals(paragraph.id())) {
        at = i;
        break;
      }
    }
    List<Item> items = new ArrayList<>();
    String item = null;
    for (int i = at + 1; at >= 0 && i < clauses.size(); i++) {
      Clause next = clauses.get(i);
      if (isItemOf(next, paragraph)) {
        items.add(new Item(next, false));
        item = next.id();
      } else if (item != null && next.id().startsWith(item + ".")) {
        items.add(new Item(next, true)); // "3.2.1.1" under "3.2.1", in its place in the list
      } else {
        break;
      }
    }
    return items;
  }

  private static boolean isItemOf(Clause item, Clause paragraph) {
    String id = item.id();
    String context = item.context();
    return id.startsWith(paragraph.id())
        && ITEM_SUFFIX.matcher(id.substring(paragraph.id().length())).matches()
        && !context.isEmpty()
        && continues(paragraph.text(), context);
  }
}
