package org.policybot.index.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.index.parse.Line.Kind;

/**
 * Numbered sub-paragraphs that complete a lead-in: "4.1 The caretaker will:" over "4.1.1 check that
 * every classroom is empty;" and "4.1.2 lock the main gates." Each is read, searched and quoted
 * with the lead-in as its context, as a lettered item is; without it "lock the main gates." says
 * nothing of who must. One instance follows one document's lines; it is not thread-safe.
 */
final class SubParagraphs {

  private final List<Line> lines;

  /** The numbered paragraphs read so far, by number, for the sub-paragraphs they lead into. */
  private final Map<String, ClauseDraft> paragraphs = new HashMap<>();

  /**
   * The paragraphs that ended in a colon when their first sub-paragraph came: a paragraph added to
   * them afterwards ("4.1 … will:" then 4.1.1, then "This includes…") does not end their list.
   */
  private final Set<String> leadIns = new HashSet<>();

  /** For each line, the index of the next numbered, lettered or heading line; built when needed. */
  private int[] nextNumbered;

  SubParagraphs(List<Line> lines) {
    this.lines = lines;
  }

  /** A numbered paragraph was opened. */
  void opened(String number, ClauseDraft draft) {
    paragraphs.put(number, draft);
  }

  /**
   * The words of the paragraph a numbered sub-paragraph completes, or empty when the paragraph one
   * level up does not end in a colon.
   *
   * @param withLetters the paragraph whose lettered items were just read, or null: it led into
   *     them, not into a sub-paragraph after them
   */
  String leadInAbove(String number, ClauseDraft withLetters) {
    ClauseDraft parent = paragraphAbove(number);
    if (parent == null || parent == withLetters) {
      return "";
    }
    if (leadIns.contains(parent.id) || parent.ending().strip().endsWith(":")) {
      leadIns.add(parent.id);
      return parent.text.toString();
    }
    return "";
  }

  /** The paragraph one level up: 4.1 for 4.1.2, if it was read. */
  ClauseDraft paragraphAbove(String number) {
    return paragraphs.get(parentNumber(number));
  }

  /**
   * Whether the next numbered line after {@code index}, past prose and tables, is a sibling of
   * {@code id} ("4.1.2" after "4.1.1"): the list goes on.
   */
  boolean nextNumberIsSibling(int index, String id) {
    if (nextNumbered == null) {
      // Worked out once for the file: a paragraph-by-paragraph look ahead would be quadratic.
      nextNumbered = new int[lines.size() + 1];
      nextNumbered[lines.size()] = -1;
      for (int i = lines.size() - 1; i >= 0; i--) {
        Kind k = lines.get(i).kind();
        boolean stops = k == Kind.NUMBERED || k == Kind.LETTERED || k == Kind.HEADING;
        nextNumbered[i] = stops ? i : nextNumbered[i + 1];
      }
    }
    int next = index + 1 < nextNumbered.length ? nextNumbered[index + 1] : -1;
    if (next < 0 || !lines.get(next).is(Kind.NUMBERED)) {
      return false;
    }
    String label = ClauseNumbers.stripDot(lines.get(next).label());
    return !parentNumber(label).isEmpty() && parentNumber(label).equals(parentNumber(id));
  }

  /** "4.1" for "4.1.2"; empty for a number of one level. */
  private static String parentNumber(String number) {
    int dot = number.lastIndexOf('.');
    return dot > 0 ? number.substring(0, dot) : "";
  }
}
