package org.policybot.index.parse;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Clauses under an unnumbered heading inside a numbered section: "### Mileage" and "### Public
 * transport" under "## 2. Travel", each with its own "(a)", "(b)" list. The document numbers them
 * 2(a) twice; a reader tells them apart by the heading. So does PolicyBot: they are quoted as
 * {@code 2(a) under Mileage} and {@code 2(a) under Public transport}. Where the number alone is
 * unambiguous (the only list of section 2, or the section's only prose) it stays {@code 2(a)}; no
 * number is ever made up.
 *
 * <p>The number alone is ambiguous when another clause of the section has it too, or when the
 * section has numbered paragraphs (prose under "Keeping in touch" between 8.1 and 8.2 is not
 * "clause 8", but it is "8 under Keeping in touch"). Both are known only at the end of the file, so
 * the assembler keys its duplicate check by {@link #key} and asks {@link #finalId} when it builds.
 */
final class SubHeadings {

  /** Section-level numbers already given, with the sub-heading each came under ("" for none). */
  private final Map<String, String> numbersGiven = new HashMap<>();

  /** Sections where one number came under two sub-headings, or under one and under none. */
  private final Set<String> ambiguous = new HashSet<>();

  /** A clause number with the sub-heading that tells it apart: {@code 2(a) under Mileage}. */
  static String qualified(String id, String subHeading) {
    return id + " under " + subHeading;
  }

  /** Whether a clause numbered by its section alone ("2", "2(a)") sits under the sub-heading. */
  static boolean isSectionLevel(String id, String sectionId) {
    return !sectionId.isEmpty() && (id.equals(sectionId) || id.startsWith(sectionId + "("));
  }

  /**
   * Notes a new clause and returns the key its number is checked for duplicates by: the number,
   * qualified by its sub-heading when it has one.
   */
  String key(String id, String sectionId, String subHeading) {
    boolean under = !subHeading.isEmpty() && isSectionLevel(id, sectionId);
    String heading = under ? subHeading : "";
    String earlier = numbersGiven.putIfAbsent(id, heading);
    if (earlier != null && !earlier.equals(heading) && !sectionId.isEmpty()) {
      ambiguous.add(sectionId);
    }
    return under ? qualified(id, subHeading) : id;
  }

  /**
   * The number a clause is quoted by.
   *
   * @param numbered every clause and section number of the policy, to see which sections have
   *     numbered paragraphs of their own
   */
  String finalId(ClauseDraft draft, Collection<String> numbered) {
    if (draft.subHeading.isEmpty()) {
      return draft.id;
    }
    String prefix = draft.sectionId + ".";
    boolean paragraphs = numbered.stream().anyMatch(n -> n.startsWith(prefix));
    return ambiguous.contains(draft.sectionId) || paragraphs
        ? qualified(draft.id, draft.subHeading)
        : draft.id;
  }
}
