package org.policybot.index.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param concepts the ideas read from the question, after shorthand, typos and stop words
 * @param corrections typo corrections made, misspelt word to known word
 * @param hits the best clauses, best first
 */
public record SearchResult(List<String> concepts, Map<String, String> corrections, List<SearchHit> hits) {

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
