package org.policybot.index.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param concepts the ideas read from the question, after shorthand, typos and stop words
 * @param corrections typo corrections made, misspelt word to known word
 * @param hits the best clauses, best first
 * @param semantic whether hits were re-ranked by the sentence model (and carry a similarity)
 */
public record SearchResult(
    List<String> concepts,
    Map<String, String> corrections,
    List<SearchHit> hits,
    boolean semantic) {

  public SearchResult {
    concepts = List.copyOf(concepts);
    corrections = Map.copyOf(corrections);
    hits = List.copyOf(hits);
  }

  /** Whether the question had anything to search for (not just "hi" or "can I?"). */
  public boolean hasConcepts() {
    return !concepts.isEmpty();
  }
}
