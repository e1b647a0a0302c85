package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.search.SearchHit;
import org.policybot.index.search.SearchResult;

/**
 * Decides whether the best clause really answers the question, and which others are related. A
 * wrong quote is worse than none, so a clause is quoted only with enough evidence: it must express
 * a specific idea of the question, and either half of the question's ideas (coverage), or two or
 * more specific ideas (two at a similarity of at least 0.25), or be semantically close to the
 * question or to one of HR's example questions for it, or stand clearly ahead of every other clause
 * while being fairly close. A question that is one of HR's example questions reworded is answered
 * whatever its words. These signals mean the same whether one policy is indexed or two hundred,
 * unlike raw BM25 scores. The thresholds were fitted on the dev, extra and attendance sets in eval/
 * and checked on the held-out conduct set (docs/quality.md).
 */
final class CoverageRule {

  /** The clause must express at least one specific idea ("befriend"), not only "policy". */
  static final double MIN_MATCHED_WEIGHT = 0.7;

  /** Half of a short question: "can I use Twitter at lunch" needs both ideas. */
  static final double MIN_COVERAGE = 0.5;

  /** Enough specific ideas of a long question, however many incidental words it has. */
  static final double STRONG_MATCHED_WEIGHT = 1.5;

  /** Below this cosine similarity the clause is about something else, whatever words it shares. */
  static final double MIN_SIMILARITY = 0.1;

  /**
   * Two shared ideas are evidence only with at least this similarity: "when will the head of
   * science post be advertised internally?" shares "post" and "internal" with the confidential
   * information clause at 0.13. Measured on every evaluation set and half of the off-topic set
   * (docs/quality.md): 6 wrong quotes and 3 off-topic answers fewer, 1 right quote lost.
   */
  static final double STRONG_MATCHED_SIMILARITY = 0.25;

  /**
   * Three or more shared ideas need no more than {@link #MIN_SIMILARITY}: "SLT told us about the
   * new sixth form building plans in briefing but it hasn't been announced yet, can I mention it on
   * FB?" shares four with the confidential information clause at 0.21.
   */
  static final double MANY_MATCHED_WEIGHT = 3.0;

  /** Above this cosine similarity the clause is about the question even in other words. */
  static final double STRONG_SIMILARITY = 0.45;

  /**
   * A clause this far ahead of the next one in the blended ranking (scores run 0 to 1), and at
   * least {@link #CLEAR_LEAD_SIMILARITY} similar, is the answer even when the question's words are
   * mostly incidental ("a year 2 fell over in the playground, can I comfort her?").
   */
  static final double CLEAR_LEAD = 0.15;

  static final double CLEAR_LEAD_SIMILARITY = 0.35;

  /**
   * At or above this cosine similarity to one of HR's example questions for the clause, the
   * question is one of the ways staff ask about it (MiniLM scores paraphrases of a question about
   * 0.5 and above; unrelated questions in the same chat style 0.2 to 0.45).
   */
  static final double EXAMPLE_SIMILARITY = 0.5;

  /**
   * At or above this cosine similarity the question is one of HR's example questions in other
   * spelling or punctuation ("can i tweet at lunch"), and the clause answers it even when the
   * question's words are all generic.
   */
  static final double SAME_QUESTION = 0.8;

  /** A related clause scores at least this share of the best one. */
  static final double RELATED_SCORE_SHARE = 0.6;

  /** An answer lists at most this many related clauses. */
  static final int RELATED = 2;

  boolean answers(SearchResult result) {
    if (result.hits().isEmpty()) {
      return false;
    }
    SearchHit best = result.hits().get(0);
    return isEvidence(best, result.semantic()) || result.semantic() && isClearLead(result, best);
  }

  private static boolean isClearLead(SearchResult result, SearchHit best) {
    double next = result.hits().size() > 1 ? result.hits().get(1).score() : 0;
    return best.matchedWeight() >= MIN_MATCHED_WEIGHT
        && best.similarity() >= CLEAR_LEAD_SIMILARITY
        && best.score() - next >= CLEAR_LEAD;
  }

  private static boolean isEvidence(SearchHit hit, boolean semantic) {
    if (semantic && hit.exampleSimilarity() >= SAME_QUESTION) {
      return true;
    }
    if (hit.matchedWeight() < MIN_MATCHED_WEIGHT) {
      return false;
    }
    if (semantic && hit.exampleSimilarity() >= EXAMPLE_SIMILARITY) {
      return true;
    }
    if (semantic && hit.similarity() < MIN_SIMILARITY) {
      return false;
    }
    return hit.coverage() >= MIN_COVERAGE
        || hit.matchedWeight() >= STRONG_MATCHED_WEIGHT
            && (!semantic
                || hit.similarity() >= STRONG_MATCHED_SIMILARITY
                || hit.matchedWeight() >= MANY_MATCHED_WEIGHT)
        || semantic && hit.similarity() >= STRONG_SIMILARITY;
  }

  /**
   * The clauses after the best one that pass the same rule and score close enough to it, best
   * first; more than {@link #RELATED}, so the answer can pass over those its quote already shows.
   */
  List<SearchHit> related(SearchResult result) {
    List<SearchHit> out = new ArrayList<>();
    SearchHit best = result.hits().get(0);
    for (SearchHit h : result.hits().subList(1, result.hits().size())) {
      if (h.score() >= best.score() * RELATED_SCORE_SHARE && isEvidence(h, result.semantic())) {
        out.add(h);
      }
    }
    return out;
  }
}
