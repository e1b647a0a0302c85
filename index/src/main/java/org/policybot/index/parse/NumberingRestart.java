package org.policybot.index.parse;

import java.util.List;
import java.util.Optional;
import org.policybot.index.Section;

/**
 * What to tell HR when a clause number comes twice because the numbering starts again after a
 * heading: "Part A" and "Part B" both numbered from 1.1, or a flat "1." list under each heading
 * without a number. "Clause 1.1 appears twice" alone leaves them looking for a typo; the message
 * names the heading and the two ways out.
 */
final class NumberingRestart {

  private NumberingRestart() {}

  /**
   * The restart's explanation, when the clause number {@code id} is not after the last clause's and
   * a heading comes between them; otherwise empty, and the duplicate is a plain one.
   */
  static Optional<String> explain(String id, ClauseDraft last, List<Section> sections) {
    if (last == null || ClauseNumbers.isBefore(last.id, id)) {
      return Optional.empty();
    }
    return sections.stream()
        .filter(s -> s.line() > last.line)
        .findFirst()
        .map(
            h ->
                "the numbering starts again after \""
                    + h.title()
                    + "\" (line "
                    + h.line()
                    + "), but a clause number must be used once in a policy, as staff are given it"
                    + " in answers. "
                    + whatToDo(id, last, h));
  }

  private static String whatToDo(String id, ClauseDraft last, Section heading) {
    if (id.contains(".")) {
      return "Number on from the last clause before it ("
          + last.id
          + "), or save each part as a policy file of its own";
    }
    if (!heading.id().isEmpty()) {
      // "2. Reporting absence" over "1. If you cannot attend…": a list numbered inside each
      // numbered section, as Word shows a multilevel list whose second level restarts.
      return "Number the clauses under each numbered heading from its number ("
          + heading.id()
          + ".1, "
          + heading.id()
          + ".2 under \""
          + heading.id()
          + ". "
          + heading.title()
          + "\")";
    }
    return "Number on from the last clause before it ("
        + last.id
        + "), or number each heading and the clauses under it (1.1, 1.2 under the first heading,"
        + " 2.1, 2.2 under the second)";
  }
}
