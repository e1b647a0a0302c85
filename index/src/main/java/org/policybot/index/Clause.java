package org.policybot.index;

import java.util.Locale;
import java.util.Objects;

/**
 * One numbered clause of a policy: the unit PolicyBot quotes.
 *
 * @param policyId the policy's id (its file name without extension)
 * @param id the clause number as people write it: {@code 4.6(c)}, {@code 3(b)}, {@code 2.1}
 * @param sectionId the number of the section the clause sits in ({@code 4.6}), or empty
 * @param sectionTitle that section's title ({@code Protecting Our Partners}), or empty
 * @param text the clause's exact words, markup removed and whitespace normalised
 * @param context the lead-in of the paragraph a lettered item belongs to, or empty
 * @param line the 1-based line in the source file where the clause starts
 */
public record Clause(
    String policyId,
    String id,
    String sectionId,
    String sectionTitle,
    String text,
    String context,
    int line) {

  public Clause {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(sectionId, "sectionId");
    Objects.requireNonNull(sectionTitle, "sectionTitle");
    Objects.requireNonNull(context, "context");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("clause id must not be blank: '" + id + "'");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("clause " + id + " has no text");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }

  /**
   * The clause's stable HTML anchor, derived from its number only so links survive edits to its
   * text: {@code 4.6(c)} becomes {@code clause-4-6-c}.
   */
  public String anchor() {
    return anchorFor(id);
  }

  /** The anchor a clause number gets; see {@link #anchor()}. */
  public static String anchorFor(String clauseId) {
    String slug =
        clauseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "clause-" + slug;
  }

  /** Policy id and clause number together, unique across every indexed policy. */
  public String key() {
    return policyId + "#" + id;
  }
}
