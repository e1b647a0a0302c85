package org.policybot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policybot.index.search.PolicyIndex;

/**
 * The answers to recently asked questions, for the live index only: staff ask the same things ("can
 * I use social media at lunch?") again and again, and a repeat should not search and embed again.
 * Entries belong to one index; when HR publishes and the library swaps its index, the first lookup
 * against the new index empties the cache, so no answer from old text is ever served. Thread-safe.
 */
final class RecentAnswers {

  static final int DEFAULT_SIZE = 4096;

  private final PolicyLibrary library;
  private final int size;
  private PolicyIndex index;
  private final Map<String, Answer> answers;

  RecentAnswers(PolicyLibrary library, int size) {
    this.library = library;
    this.size = size;
    this.answers =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > RecentAnswers.this.size;
          }
        };
  }

  /** The answer given to this exact question from this index, or null. */
  synchronized Answer get(PolicyIndex current, String question) {
    if (current != index) {
      return null;
    }
    return answers.get(question);
  }

  /** Remembers an answer; one from an index that is no longer live is dropped. */
  synchronized void put(PolicyIndex current, String question, Answer answer) {
    if (current != library.current()) {
      return; // answered from an index that was replaced meanwhile
    }
    if (current != index) {
      answers.clear();
      index = current;
    }
    answers.put(question, answer);
  }
}
