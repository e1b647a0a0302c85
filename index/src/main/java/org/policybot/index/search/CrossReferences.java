package org.policybot.index.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * Finds clauses that only send the reader to another indexed policy ("Staff use of social media …
 * is covered by the Trust's Social Media Policy"). Such a clause shares the question's words but
 * answers nothing, and with the other policy indexed its real rules must come first: these clauses
 * rank at a fraction of their score. A clause naming a policy that is not indexed is left alone,
 * because then it is the best answer there is.
 */
final class CrossReferences {

  /** What a pointer to another indexed policy keeps of its score. */
  static final float SCORE_FACTOR = 0.5f;

  private CrossReferences() {}

  /**
   * @param owners the policy of each clause, by ordinal
   * @return the ordinals of clauses that name another indexed policy by its title
   */
  static BitSet find(
      List<Policy> policies, List<Clause> clauses, List<Policy> owners, PolicyAnalyzer analyzer) {
    List<List<String>> titles = new ArrayList<>();
    for (Policy p : policies) {
      titles.add(analyzer.terms(p.title()));
    }
    BitSet out = new BitSet(clauses.size());
    for (int i = 0; i < clauses.size(); i++) {
      List<String> text = analyzer.terms(clauses.get(i).text());
      for (int t = 0; t < policies.size(); t++) {
        List<String> title = titles.get(t);
        // One- or two-word titles ("Code", "Safeguarding Policy") name too much by accident.
        if (title.size() >= 2
            && policies.get(t) != owners.get(i)
            && java.util.Collections.indexOfSubList(text, title) >= 0) {
          out.set(i);
          break;
        }
      }
    }
    return out;
  }
}
