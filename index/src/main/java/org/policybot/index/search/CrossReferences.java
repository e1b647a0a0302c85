package org.policybot.index.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.index.Policy;

/**
 * Finds clauses that only send the reader to another indexed policy ("Staff use of social media …
 * is covered by the Trust's Social Media Policy"). Such a clause shares the question's words but
 * answers nothing, and with the other policy indexed its real rules must come first: these clauses
 * rank at a fraction of their score (titles of three or more words, "Social Media Policy", so that
 * a word like "code" is not taken for a title). A clause naming a policy that is not indexed is
 * left alone, because then it is the best answer there is.
 */
final class CrossReferences {

  /** What a pointer to another indexed policy keeps of its score. */
  static final float SCORE_FACTOR = 0.5f;

  private CrossReferences() {}

  /**
   * @param clauseTerms each clause's text, analysed, in order, by ordinal
   * @param owners the policy of each clause, by ordinal
   * @return the ordinals of clauses that name another indexed policy by its title
   */
  static BitSet find(
      List<Policy> policies,
      List<List<String>> clauseTerms,
      List<Policy> owners,
      PolicyAnalyzer analyzer) {
    // Titles by their first term, so each clause is read once however many policies there are.
    Map<String, List<Title>> byFirst = new HashMap<>();
    for (Policy p : policies) {
      List<String> terms = analyzer.terms(p.title());
      // A one- or two-word title ("Code", "Safeguarding Policy") is named too often by accident.
      if (terms.size() >= 3) {
        byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>()).add(new Title(p, terms));
      }
    }
    BitSet out = new BitSet(clauseTerms.size());
    if (byFirst.isEmpty()) {
      return out;
    }
    for (int i = 0; i < clauseTerms.size(); i++) {
      if (namesAnother(clauseTerms.get(i), owners.get(i), byFirst)) {
        out.set(i);
      }
    }
    return out;
  }

  private record Title(Policy policy, List<String> terms) {}

  private static boolean namesAnother(
      List<String> text, Policy owner, Map<String, List<Title>> byFirst) {
    for (int at = 0; at < text.size(); at++) {
      for (Title t : byFirst.getOrDefault(text.get(at), List.of())) {
        int end = at + t.terms().size();
        if (t.policy() != owner && end <= text.size() && text.subList(at, end).equals(t.terms())) {
          return true;
        }
      }
    }
    return false;
  }
}
