package org.policybot.core;

import java.util.Objects;

/**
 * A clause the search considered, for transparency and evaluation.
 *
 * @param policyId the policy id
 * @param clauseId the clause number
 * @param score the search score; comparable only within one answer
 * @param coverage the share of the question's ideas the clause expresses, 0 to 1
 */
public record Candidate(String policyId, String clauseId, double score, double coverage) {

  public Candidate {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(clauseId, "clauseId");
  }
}
