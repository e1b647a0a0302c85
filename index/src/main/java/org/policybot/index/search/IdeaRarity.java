package org.policybot.index.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.index.Policy;

/**
 * How rare an idea of a question is among one policy's clauses, for weighing coverage. "Can I smoke
 * on site?" shares "site" with the Social Media Policy, where "social networking sites" is in many
 * clauses, and "smoke" with none of them: by count it covers half the question, by rarity a small
 * part. Weighing each idea by log((n + 1) / (df + 0.5)) over the clause's own policy, at most
 * {@link #CAP}, keeps the figure independent of how many other policies are indexed
 * (docs/quality.md). Immutable and thread-safe.
 */
final class IdeaRarity {

  /**
   * The most an idea can weigh: an idea in one clause of a policy and one in none weigh alike.
   * Measured: a cap of 3 cost a Social Media dev answer; 2 cost nothing on any set.
   */
  static final double CAP = 2.0;

  /** Each term's clause ordinals, ascending. */
  private final Map<String, int[]> postings;

  /**
   * Each policy's clauses, as the range of ordinals they occupy: [first, end); by identity, as a
   * record's hash reads every clause.
   */
  private final Map<Policy, int[]> ranges = new IdentityHashMap<>();

  /**
   * @param clauseTerms each clause's analysed terms, by ordinal
   * @param owners each clause's policy, by ordinal; a policy's clauses are consecutive
   */
  IdeaRarity(List<Set<String>> clauseTerms, List<Policy> owners) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < clauseTerms.size(); i++) {
      for (String t : clauseTerms.get(i)) {
        lists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
      int at = i;
      ranges.compute(
          owners.get(i),
          (p, r) -> {
            if (r != null && r[1] != at) {
              throw new IllegalArgumentException("clauses of " + p.id() + " are not consecutive");
            }
            return r == null ? new int[] {at, at + 1} : new int[] {r[0], at + 1};
          });
    }
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach((t, l) -> arrays.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
    this.postings = arrays;
  }

  /** The weight of an idea among the clauses of one policy, from 0 up to {@link #CAP}. */
  double of(Concept concept, Policy policy) {
    int[] range = ranges.get(policy);
    if (range == null) {
      return CAP;
    }
    BitSet having = new BitSet(range[1] - range[0]);
    for (Concept.Alternative a : concept.alternatives()) {
      markClausesWithAll(a.terms(), range, having);
    }
    int n = range[1] - range[0];
    return Math.min(CAP, Math.log((n + 1.0) / (having.cardinality() + 0.5)));
  }

  /** Marks the policy's clauses whose terms include every one of these, as coverage counts. */
  private void markClausesWithAll(List<String> terms, int[] range, BitSet having) {
    if (terms.isEmpty()) {
      return;
    }
    int[] first = postings.getOrDefault(terms.get(0), NONE);
    for (int k = lowerBound(first, range[0]); k < first.length && first[k] < range[1]; k++) {
      int clause = first[k];
      boolean all = true;
      for (int t = 1; t < terms.size() && all; t++) {
        all = Arrays.binarySearch(postings.getOrDefault(terms.get(t), NONE), clause) >= 0;
      }
      if (all) {
        having.set(clause - range[0]);
      }
    }
  }

  private static int lowerBound(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    return i >= 0 ? i : -i - 1;
  }

  private static final int[] NONE = new int[0];
}
