package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.PolicyFormatException.Problem;
import org.policybot.index.Section;

/**
 * The errors found while assembling clauses that leave the rest of the file readable: a clause
 * number used twice and a clause without text. They are collected, not thrown one at a time, so HR
 * sees every line of a renumbering mistake in one check. Each kind is found in line order and keeps
 * its first {@link PolicyFormatException#MAX_PROBLEMS}, which holds every one that can be among the
 * first that many overall; the rest are only counted, so a hostile file of 100,000 repeated lines
 * costs neither memory nor the time to word each message.
 */
final class ClauseProblems {

  private final String source;
  private final List<Problem> duplicates = new ArrayList<>();
  private final List<Problem> withoutText = new ArrayList<>();
  private int count;

  ClauseProblems(String source) {
    this.source = source;
  }

  /**
   * A clause number used a second time.
   *
   * @param earlier the line the number was first used at
   * @param last the last clause kept before this one, or null
   * @param sections the headings so far, for the "numbering starts again" explanation
   */
  void duplicate(String id, int line, int earlier, ClauseDraft last, List<Section> sections) {
    add(
        duplicates,
        line,
        () ->
            "clause "
                + id
                + " appears twice (first at line "
                + earlier
                + NumberingRestart.explain(id, last, sections)
                    .map(why -> "): " + why)
                    .orElse("); clause numbers must be unique"));
  }

  /** A clause with a number and no words. */
  void withoutText(String id, int line) {
    add(withoutText, line, () -> "clause " + id + " has no text");
  }

  private void add(List<Problem> kept, int line, Supplier<String> message) {
    count++;
    if (kept.size() < PolicyFormatException.MAX_PROBLEMS) {
      kept.add(new Problem(source, line, message.get()));
    }
  }

  /** Throws every problem found, in line order, if there was any. */
  void throwIfAny() throws PolicyFormatException {
    if (count == 0) {
      return;
    }
    List<Problem> all = new ArrayList<>(duplicates);
    all.addAll(withoutText);
    all.sort(Comparator.comparingInt(Problem::line));
    throw new PolicyFormatException(all, count);
  }
}
