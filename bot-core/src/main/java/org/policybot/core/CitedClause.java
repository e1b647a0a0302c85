package org.policybot.core;

import java.util.List;
import java.util.Objects;
import org.policybot.index.Block;

/**
 * A clause as an answer shows it: where it comes from, its exact words and its link.
 *
 * @param policyId the policy id ({@code social-media-policy})
 * @param policyTitle the policy title ({@code Social Media Policy})
 * @param version the live version's label ({@code V1.0})
 * @param clauseId the clause number as people write it ({@code 4.6(c)})
 * @param section the title of the clause's section ({@code Protecting Our Partners})
 * @param text the clause's words, verbatim from the live version
 * @param context the lead-in a lettered item depends on, or empty
 * @param url the link to the clause on the policy page
 * @param blocks the same words with their lists and tables, for channels to lay out; only a {@link
 *     Block.Prose} of {@code text} when the clause has neither
 */
public record CitedClause(
    String policyId,
    String policyTitle,
    String version,
    String clauseId,
    String section,
    String text,
    String context,
    String url,
    List<Block> blocks) {

  public CitedClause {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyTitle, "policyTitle");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(url, "url");
    blocks = List.copyOf(blocks);
    if (!Block.holdWordsOf(blocks, text)) {
      throw new IllegalArgumentException(
          "clause " + clauseId + ": its blocks do not hold its words: " + blocks);
    }
  }

  /** A clause of prose only, with no list or table. */
  public CitedClause(
      String policyId,
      String policyTitle,
      String version,
      String clauseId,
      String section,
      String text,
      String context,
      String url) {
    this(
        policyId,
        policyTitle,
        version,
        clauseId,
        section,
        text,
        context,
        url,
        text == null || text.isBlank() ? List.of() : List.of(new Block.Prose(text)));
  }

  /**
   * What an answer quoting {@code quoted} names beside this clause's number when it lists this one
   * as related: its section when both are in the same policy, otherwise its policy's title, since
   * "Related: 5.1" under a quote reads as clause 5.1 of the quoted policy. Empty when there is
   * nothing to name. Channels escape it for their markup.
   */
  public String placeBeside(CitedClause quoted) {
    return policyId.equals(quoted.policyId) ? section : policyTitle;
  }

  /** Whether the clause is one run of prose, with no list or table to lay out. */
  public boolean isProse() {
    return blocks.isEmpty() || Block.onlyProse(blocks);
  }
}
