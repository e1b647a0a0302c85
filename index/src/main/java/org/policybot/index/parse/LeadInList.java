package org.policybot.index.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.parse.Line.Kind;

/**
 * Follows a list numbered 1, 2, 3 inside a paragraph that ends in a colon: "1) the cost;" "2) the
 * time; or", or a Markdown ordered list, "1. Meet the teacher." "2. Agree targets." Its numbers are
 * not clause numbers: read as clauses 1, 2 and 3, the items left their lead-in, and a second such
 * list refused the whole file ("clause 1 appears twice"). The items stay in the paragraph's quote
 * as written, numbers included. One instance follows the open clause; it is not thread-safe.
 */
final class LeadInList {

  private static final Pattern ITEM = Pattern.compile("(\\d{1,2})([.)])\\s");

  /** The last item read into the open clause, or 0. */
  private int last;

  /** A new clause is open: its list, if any, starts again at 1. */
  void restart() {
    last = 0;
  }

  /**
   * Whether the numbered line at {@code index} is the next item of the open clause's list: item 1
   * right after the lead-in's colon, or the item after the last one. Item 1 cannot be a clause
   * number there, as clause 1 came before the lead-in; a later item can, so "2. Formal Stage" over
   * 2.1 starts section 2 however it is numbered.
   */
  boolean takes(List<Line> lines, int index, ClauseDraft open) {
    Line line = lines.get(index);
    if (!line.is(Kind.NUMBERED) || open == null) {
      return false;
    }
    Matcher m = ITEM.matcher(line.written());
    if (!m.lookingAt()) {
      return false;
    }
    int n = Integer.parseInt(m.group(1));
    boolean next = n == last + 1 && (n > 1 || open.ending().strip().endsWith(":"));
    if (!next
        || m.group(2).equals(".")
            && (startsSection(lines, index, n)
                || continuesClauses(lines, index, open, n)
                || namesNextSection(line, open, n))) {
      return false;
    }
    last = n;
    return true;
  }

  /**
   * In a policy of flat numbered clauses ("1. Staff must always:" over "1. treat pupils with
   * respect."), the clause after the open one, "2. Staff must not accept gifts…", is the next
   * clause, not the list's next item: read as an item it was lost from the clauses with no error.
   */
  private static boolean continuesClauses(List<Line> lines, int index, ClauseDraft open, int n) {
    String text = lines.get(index).text();
    if (!open.id.equals(String.valueOf(n - 1))
        || text.isEmpty()
        || !Character.isUpperCase(text.codePointAt(0))) {
      return false;
    }
    // "2. Observe proper standards" is the list's item when a clause 2 comes later.
    for (int i = index + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.NUMBERED) && ClauseNumbers.stripDot(l.label()).equals(String.valueOf(n))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "3. Related Policies" in Title Case after "2.1 This policy applies to:" and its items 1 and 2:
   * the next section's heading, not item 3, when the open clause is numbered within section n - 1.
   */
  private static boolean namesNextSection(Line line, ClauseDraft open, int n) {
    String section = open.id.contains(".") ? open.id.substring(0, open.id.indexOf('.')) : "";
    return section.equals(String.valueOf(n - 1))
        && line.text().strip().contains(" ")
        && Headings.readsAsTitleCase(line.text())
        && Headings.isTitleLike(line.text());
  }

  /** "2. Formal Stage" followed by 2.1: a section's heading, not the list's next item. */
  private static boolean startsSection(List<Line> lines, int index, int n) {
    if (!Headings.isTitleLike(lines.get(index).text())) {
      return false;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.NUMBERED) || l.is(Kind.HEADING) && !l.label().isEmpty()) {
        return ClauseNumbers.stripDot(l.label()).startsWith(n + ".");
      }
    }
    return false;
  }
}
