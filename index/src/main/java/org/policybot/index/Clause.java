package org.policybot.index;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One numbered clause of a policy: the unit PolicyBot quotes.
 *
 * @param policyId the policy's id (its file name without extension)
 * @param id the clause number as people write it: {@code 4.6(c)}, {@code 3(b)}, {@code 2.1}
 * @param sectionId the number of the section the clause sits in ({@code 4.6}), or empty
 * @param sectionTitle that section's title ({@code Protecting Our Partners}), or empty
 * @param text the clause's exact words, markup removed and whitespace normalised: one flat run,
 *     lists and tables included, which is what search, example questions and diffs read
 * @param context the lead-in of the paragraph a lettered item belongs to, or empty
 * @param line the 1-based line in the source file where the clause starts
 * @param blocks the same words in the shape the policy gives them (prose, lists, tables), for
 *     quoting; only a {@link Block.Prose} of {@code text} when the clause has no list or table
 */
public record Clause(
    String policyId,
    String id,
    String sectionId,
    String sectionTitle,
    String text,
    String context,
    int line,
    List<Block> blocks) {

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
    blocks = List.copyOf(blocks);
    if (!Block.holdWordsOf(blocks, text)) {
      throw new IllegalArgumentException(
          "clause " + id + ": its blocks do not hold its words: " + blocks + " vs '" + text + "'");
    }
  }

  /** A clause of prose only, with no list or table. */
  public Clause(
      String policyId,
      String id,
      String sectionId,
      String sectionTitle,
      String text,
      String context,
      int line) {
    this(policyId, id, sectionId, sectionTitle, text, context, line, proseOf(text));
  }

  private static List<Block> proseOf(String text) {
    // A blank text is refused by the canonical constructor, with the clause's id in the message.
    return text == null || text.isBlank() ? List.of() : List.of(new Block.Prose(text));
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
