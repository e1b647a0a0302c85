package org.policybot.index.search;

/**
 * How an index ranks clauses.
 *
 * @param semantic re-rank the lexical candidates with a sentence-embedding model, which catches
 *     paraphrases no vocabulary lists ("my husband co-wrote it" for a vested interest); costs a few
 *     milliseconds a question and about 100 MB of memory (docs/benchmarks.md)
 */
public record SearchOptions(boolean semantic) {

  /** Lexical search with semantic re-ranking: the best measured quality. */
  public static SearchOptions defaults() {
    return new SearchOptions(true);
  }

  /** Lexical search only: fastest, no model loaded. */
  public static SearchOptions lexicalOnly() {
    return new SearchOptions(false);
  }
}
