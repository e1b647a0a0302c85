package org.policybot.core;

import java.util.Objects;

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
 */
public record CitedClause(
    String policyId,
    String policyTitle,
    String version,
    String clauseId,
    String section,
    String text,
    String context,
    String url) {

  public CitedClause {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyTitle, "policyTitle");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(url, "url");
  }
}
