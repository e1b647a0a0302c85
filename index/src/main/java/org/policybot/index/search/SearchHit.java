package org.policybot.index.search;

import java.util.List;
import java.util.Objects;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * A clause found for a question.
 *
 * @param clause the clause
 * @param policy the policy it belongs to
 * @param score the Lucene score; comparable only within one search
 * @param coverage the weighted share, 0 to 1, of the question's ideas the clause expresses; unlike
 *     the score it does not depend on how many policies are indexed
 * @param matchedWeight the summed weight of those ideas (a specific idea counts 1, a generic one
 *     such as "policy" less), which grows with the evidence whatever the question's length
 * @param similarity cosine similarity of question and clause embeddings, or 0 when semantic
 *     re-ranking is off
 * @param exampleSimilarity cosine similarity of the question and the closest of HR's example
 *     questions for the clause, or 0 when it has none or semantic re-ranking is off
 * @param matched the ideas of the question the clause expresses
 */
public record SearchHit(
    Clause clause,
    Policy policy,
    float score,
    double coverage,
    double matchedWeight,
    double similarity,
    double exampleSimilarity,
    List<String> matched) {

  public SearchHit {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(policy, "policy");
    if (coverage < 0 || coverage > 1.0000001) {
      throw new IllegalArgumentException("coverage must be within [0, 1]: " + coverage);
    }
    matched = List.copyOf(matched);
  }
}
