package org.policybot.index.search;

import java.util.List;

/**
 * One idea in a question ("befriend", "ex-student") with every way a clause may express it.
 *
 * @param label the staff member's word(s), for reports
 * @param alternatives analysed term sequences that count as the idea, the question's own first
 * @param weight how much the idea counts towards coverage and score
 */
record Concept(String label, List<Alternative> alternatives, double weight) {

  /** One way of expressing a concept: analysed terms (a phrase when several) and its boost. */
  record Alternative(List<String> terms, float boost) {
    Alternative {
      terms = List.copyOf(terms);
    }
  }

  Concept {
    alternatives = List.copyOf(alternatives);
  }
}
