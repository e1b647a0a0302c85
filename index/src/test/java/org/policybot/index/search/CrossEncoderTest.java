package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-encoder reads a question with each candidate clause, re-orders only the best candidates
 * of policies without example questions, and a file that is missing or cannot be applied costs
 * answers nothing.
 */
class CrossEncoderTest {

  private static final String QUESTION = "can i take the minibus home at the weekend";
  private static final List<String> CLAUSES =
      List.of(
          "Annual leave. Requests for annual leave must be made to your line manager.",
          "Use of school vehicles. School minibuses may only be used for school business and must"
              + " be returned to the school site at the end of each day.",
          "Data protection. Personal data must be stored securely.",
          "Expenses. Mileage is paid at the rate set by the trust.");

  private static SentenceEncoder packaged;
  private static CrossEncoder shipped;

  @BeforeAll
  static void load() {
    packaged = SentenceEncoder.load();
    shipped = SemanticReranker.crossEncoder(CrossEncoder::tensors);
  }

  @AfterAll
  static void close() {
    packaged.close();
    if (shipped != null) {
      shipped.close();
    }
  }

  @Test
  void the_shipped_file_loads_and_puts_the_clause_that_answers_first() {
    assertTrue(shipped != null, CrossEncoder.RESOURCE + " did not load");
    double[] scores = shipped.score(QUESTION, CLAUSES);
    assertEquals(CLAUSES.size(), scores.length);
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      best = scores[i] > scores[best] ? i : best;
    }
    assertEquals(1, best, "scores " + Arrays.toString(scores));
  }

  @Test
  void a_clause_scores_the_same_whatever_the_other_candidates() {
    double[] together = shipped.score(QUESTION, CLAUSES);
    for (int i = 0; i < CLAUSES.size(); i++) {
      double alone = shipped.score(QUESTION, List.of(CLAUSES.get(i)))[0];
      assertEquals(alone, together[i], 1e-9, CLAUSES.get(i));
    }
  }

  @Test
  void questions_and_clauses_longer_than_the_model_reads_are_cut_not_refused() {
    String longQuestion = "minibus weekend ".repeat(200);
    String longClause = "Vehicles must be returned to the school site. ".repeat(100);
    double[] scores = shipped.score(longQuestion, List.of(longClause, "Leave."));
    assertTrue(Arrays.stream(scores).allMatch(Double::isFinite), Arrays.toString(scores));
  }

  @Test
  void a_missing_or_unreadable_file_means_no_cross_encoder() {
    assertNull(SemanticReranker.crossEncoder(Map::of));
    assertNull(
        SemanticReranker.crossEncoder(
            () -> {
              throw new UncheckedIOException(new java.io.IOException("truncated"));
            }));
  }

  @Test
  void a_file_without_its_head_is_refused_and_means_no_cross_encoder() {
    Map<String, float[]> headless = new HashMap<>(CrossEncoder.tensors());
    headless.remove(CrossEncoder.HEAD_WEIGHT);
    assertThrows(IllegalArgumentException.class, () -> CrossEncoder.load(headless));
    assertNull(SemanticReranker.crossEncoder(() -> headless));
  }

  @Test
  void the_best_candidates_are_re_scored_by_the_blend_and_the_cross_encoder() {
    SemanticReranker reranker = new SemanticReranker(packaged, () -> packaged, () -> shipped);
    List<SemanticReranker.Candidate> candidates = candidates(true);
    List<SemanticReranker.Ranked> blended = reranker.rerank(QUESTION, candidates);
    List<SemanticReranker.Ranked> crossed = reranker.rerank(QUESTION, candidates, true);

    double[] pair =
        shipped.score(
            QUESTION, blended.stream().map(r -> candidates.get(r.ordinal()).text()).toList());
    double min = Arrays.stream(pair).min().orElseThrow();
    double max = Arrays.stream(pair).max().orElseThrow();
    Map<Integer, Double> expected = new HashMap<>();
    for (int i = 0; i < blended.size(); i++) {
      expected.put(
          blended.get(i).ordinal(),
          (1 - SemanticReranker.CROSS_ENCODER_WEIGHT) * blended.get(i).score()
              + SemanticReranker.CROSS_ENCODER_WEIGHT * (pair[i] - min) / (max - min));
    }
    for (SemanticReranker.Ranked r : crossed) {
      assertEquals(expected.get(r.ordinal()), r.score(), 1e-6, candidates.get(r.ordinal()).text());
    }
    for (int i = 1; i < crossed.size(); i++) {
      assertTrue(crossed.get(i - 1).score() >= crossed.get(i).score(), "sorted best first");
    }
  }

  @Test
  void policies_with_example_questions_and_a_missing_model_keep_the_blend() {
    SemanticReranker reranker = new SemanticReranker(packaged, () -> packaged, () -> shipped);
    List<SemanticReranker.Candidate> withExamples = candidates(false);
    assertEquals(
        reranker.rerank(QUESTION, withExamples), reranker.rerank(QUESTION, withExamples, true));

    SemanticReranker without = new SemanticReranker(packaged, () -> packaged, () -> null);
    List<SemanticReranker.Candidate> unseen = candidates(true);
    assertEquals(without.rerank(QUESTION, unseen), without.rerank(QUESTION, unseen, true));
    assertFalse(
        reranker.rerank(QUESTION, unseen).equals(reranker.rerank(QUESTION, unseen, true)),
        "the shipped cross-encoder changes the scores");
  }

  /** The clauses above as lexical candidates, the first scoring highest. */
  private static List<SemanticReranker.Candidate> candidates(boolean unseenPolicy) {
    List<SemanticReranker.Candidate> out = new ArrayList<>();
    for (int i = 0; i < CLAUSES.size(); i++) {
      out.add(
          new SemanticReranker.Candidate(
              i,
              10f - i,
              CLAUSES.get(i),
              unseenPolicy ? List.of() : List.of("a question HR wrote about clause " + i),
              unseenPolicy ? 0 : SemanticReranker.DEFAULT_EXAMPLE_SCALE,
              unseenPolicy));
    }
    return out;
  }
}
