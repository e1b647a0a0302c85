package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.search.SearchHit;
import org.policybot.index.search.SearchResult;

/**
 * Decides whether the best clause really answers the question, and which others are related.
 * It relies on coverage (the share of the question's ideas a clause expresses), which unlike a
 * BM25 score means the same whether one policy is indexed or two hundred. A wrong quote is worse
 * than none, so the bar is set where the evaluation sets showed few false answers.
 */
final class CoverageRule {

  /** The best clause must express at least this share of the question's ideas. */
  static final double MIN_COVERAGE = 0.5;

  /** A related clause scores at least this share of the best one. */
  static final double RELATED_SCORE_SHARE = 0.6;

  boolean answers(SearchResult result) {
    if (result.hits().isEmpty()) {
      return false;
    }
    SearchHit best = result.hits().get(0);
    return best.coverage() >= MIN_COVERAGE;
  }

  List<SearchHit> related(SearchResult result) {
    List<SearchHit> out = new ArrayList<>();
    SearchHit best = result.hits().get(0);
    for (SearchHit h : result.hits().subList(1, result.hits().size())) {
      if (out.size() == 2) {
        break;
      }
      if (h.score() >= best.score() * RELATED_SCORE_SHARE && h.coverage() >= MIN_COVERAGE) {
        out.add(h);
      }
    }
    return out;
  }
}
