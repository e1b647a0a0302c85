package org.policybot.index.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

/**
 * Finds numbers that skip one ({@code 4.2} then {@code 4.4}, {@code (a)} then {@code (c)}): usually
 * a clause deleted without renumbering, or a typo that staff would then quote wrongly. Numbers are
 * compared as numbers, so {@code 4.10} follows {@code 4.9}.
 */
final class NumberingGaps {

  /** {@code 4}, {@code 4.6}, {@code 4.6(c)}; other labels are not checked. */
  private static final Pattern NUMBER =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)(?:\\(([a-z])\\))?");

  private NumberingGaps() {}

  /** One numbered item: where it sits, its value among its siblings, and its line. */
  private record Item(String id, String parent, int value, int line) {}

  static List<Finding> find(Policy policy, String source) {
    Map<String, Integer> lastValue = new HashMap<>();
    Map<String, String> lastId = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Item item : items(policy)) {
      Integer previous = lastValue.get(item.parent());
      if (previous != null && item.value() > previous + 1) {
        out.add(
            new Finding(
                Finding.Severity.WARNING,
                source,
                item.line(),
                "numbering jumps from "
                    + lastId.get(item.parent())
                    + " to "
                    + item.id()
                    + "; is a clause missing, or should it be renumbered?"));
      }
      if (previous == null || item.value() > previous) {
        lastValue.put(item.parent(), item.value());
        lastId.put(item.parent(), item.id());
      }
    }
    return out;
  }

  /** Section numbers and clause numbers in document order, each once. */
  private static List<Item> items(Policy policy) {
    Map<String, Item> items = new LinkedHashMap<>();
    int clauseIndex = 0;
    for (Section section : policy.sections()) {
      if (section.id().isEmpty()) {
        continue; // a heading without a number has no place in the numbering
      }
      // The first clause inside a section places it well enough.
      int line = 0;
      for (Clause c : policy.clauses()) {
        if (c.sectionId().equals(section.id()) || c.sectionId().startsWith(section.id() + ".")) {
          line = c.line();
          break;
        }
      }
      // Clauses before this section (numbered paragraphs) come first, keeping document order.
      while (clauseIndex < policy.clauses().size()
          && line > 0
          && policy.clauses().get(clauseIndex).line() < line) {
        add(items, policy.clauses().get(clauseIndex++));
      }
      add(items, section.id(), line);
    }
    while (clauseIndex < policy.clauses().size()) {
      add(items, policy.clauses().get(clauseIndex++));
    }
    return List.copyOf(items.values());
  }

  private static void add(Map<String, Item> items, Clause clause) {
    add(items, clause.id(), clause.line());
  }

  private static void add(Map<String, Item> items, String id, int line) {
    Matcher m = NUMBER.matcher(id);
    if (id.isEmpty() || items.containsKey(id) || !m.matches()) {
      return;
    }
    String number = m.group(1);
    Item item;
    if (m.group(2) != null) {
      item = new Item(id, number + "()", m.group(2).charAt(0) - 'a' + 1, line);
    } else {
      int dot = number.lastIndexOf('.');
      String parent = dot < 0 ? "" : number.substring(0, dot);
      item = new Item(id, parent, Integer.parseInt(number.substring(dot + 1)), line);
    }
    items.put(id, item);
  }
}
