package org.policybot.index.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;

/**
 * Warnings about the example-questions block. They never block publishing: an example only helps
 * the bot recognise questions, and a policy that answers without it is better than none.
 */
final class ExampleFindings {

  private ExampleFindings() {}

  static List<Finding> find(Policy policy, String source) {
    List<Finding> out = new ArrayList<>();
    for (int line : policy.examples().unreadableLines()) {
      out.add(
          new Finding(
              Finding.Severity.WARNING,
              source,
              line,
              "example question not read; write it as the clause number, a colon and the"
                  + " question, like '4.6(c): can I add an ex-pupil on Instagram?'"));
    }
    Map<String, Integer> perClause = new HashMap<>();
    for (ExampleQuestion q : policy.examples().questions()) {
      int n = perClause.merge(q.clauseId(), 1, Integer::sum);
      if (n == ExampleQuestions.MAX_PER_CLAUSE + 1) {
        out.add(
            new Finding(
                Finding.Severity.WARNING,
                source,
                q.line(),
                "clause "
                    + q.clauseId()
                    + " has more than "
                    + ExampleQuestions.MAX_PER_CLAUSE
                    + " example questions; this one and those after it are ignored"));
      }
      if (policy.clause(q.clauseId()).isEmpty()) {
        out.add(
            new Finding(
                Finding.Severity.WARNING,
                source,
                q.line(),
                "example question for clause "
                    + q.clauseId()
                    + ", which the policy does not have; it is ignored until the number is"
                    + " corrected"));
      }
    }
    return out;
  }
}
