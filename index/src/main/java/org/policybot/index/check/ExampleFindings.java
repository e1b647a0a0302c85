package org.policybot.index.check;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.ExampleQuestion;
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
    for (ExampleQuestion q : policy.examples().questions()) {
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
