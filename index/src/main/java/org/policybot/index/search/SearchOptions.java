package org.policybot.index.search;

/**
 * How an index ranks clauses.
 *
 * @param semantic re-rank the lexical candidates with a sentence-embedding model, which catches
 *     paraphrases no vocabulary lists ("my husband co-wrote it" for a vested interest); costs a few
 *     milliseconds a question and about 100 MB of memory (docs/benchmarks.md)
 * @param tunedQuestions embed questions to policies without example questions by the model with its
 *     {@link QuestionTuning}, trained on how staff ask (docs/quality.md); only with {@code
 *     semantic}
 * @param crossEncoder re-order the best candidates of policies without example questions by a
 *     {@link CrossEncoder}, which reads question and clause together: fewer wrong quotes, at tens
 *     of milliseconds a question (docs/quality.md, docs/benchmarks.md); only with {@code
 *     tunedQuestions}
 */
public record SearchOptions(boolean semantic, boolean tunedQuestions, boolean crossEncoder) {

  public SearchOptions {
    if (tunedQuestions && !semantic) {
      throw new IllegalArgumentException("tuned questions need semantic re-ranking");
    }
    if (crossEncoder && !tunedQuestions) {
      // It re-orders what the tuned questions ranked, and was measured only with them.
      throw new IllegalArgumentException("the cross-encoder needs tuned questions");
    }
  }

  /** Without the cross-encoder. */
  public SearchOptions(boolean semantic, boolean tunedQuestions) {
    this(semantic, tunedQuestions, false);
  }

  /** Lexical search with semantic re-ranking and tuned questions: the best measured quality. */
  public static SearchOptions defaults() {
    return new SearchOptions(true, true);
  }

  /** Semantic re-ranking by the packaged model alone, to measure what the question tuning adds. */
  public static SearchOptions withoutQuestionTuning() {
    return new SearchOptions(true, false);
  }

  /** Lexical search only: fastest, no model loaded. */
  public static SearchOptions lexicalOnly() {
    return new SearchOptions(false, false);
  }
}
