package org.policybot.index.parse;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.index.Clause;

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
    // A colon, a bar or a spaced dash would end the number in an example line ("2(a) under …:
    // question"), so the heading is written with a comma there: "Mileage, own car".
    return id + " under " + SEPARATORS.matcher(subHeading).replaceAll(", ").strip();
  }

  private static final Pattern SEPARATORS = Pattern.compile("\\s*[:|]\\s*|\\s+[-\u2013\u2014]\\s+");

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
    // Keyed by anchor: "Mileage (own car)" and "Mileage, own car" would share one link.
    return under ? Clause.anchorFor(qualified(id, subHeading)) : id;
  }

  /**
   * The number a clause is quoted by.
   *
   * @param withParagraphs the sections that have numbered paragraphs or sub-sections of their own
   *     ({@link #withParagraphs})
   */
  String finalId(ClauseDraft draft, Set<String> withParagraphs) {
    if (draft.subHeading.isEmpty()) {
      return draft.id;
    }
    return ambiguous.contains(draft.sectionId) || withParagraphs.contains(draft.sectionId)
        ? qualified(draft.id, draft.subHeading)
        : draft.id;
  }

  /** Every number's parents: "2" and "2.1" for 2.1.3. Once per file, not once per clause. */
  static Set<String> withParagraphs(Collection<String> numbers) {
    Set<String> out = new HashSet<>();
    for (String n : numbers) {
      int end = n.length();
      for (int i = 0; i < n.length(); i++) {
        if (n.charAt(i) == '(' || n.charAt(i) == ' ') {
          end = i;
          break;
        }
      }
      String number = n.substring(0, end);
      for (int dot = number.lastIndexOf('.'); dot > 0; dot = number.lastIndexOf('.', dot - 1)) {
        out.add(number.substring(0, dot));
      }
    }
    return out;
  }
}
