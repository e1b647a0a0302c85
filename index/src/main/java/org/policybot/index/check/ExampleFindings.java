package org.policybot.index.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;

/**
 * Warnings about the example-questions block. They never block publishing: an example only helps
 * the bot recognise questions, and a policy that answers without it is better than none.
 */
final class ExampleFindings {

  private ExampleFindings() {}

  /**
   * An example question ("2.1(b): how much notice do I give?") left in a clause: a clause number, a
   * colon and words up to a question mark in the same sentence. Numbered stages ("Stage 1: a formal
   * meeting, which may lead to…") are ordinary policy text and end without one.
   */
  private static final Pattern EXAMPLE_OUTSIDE =
      Pattern.compile(
          "(?:^|\\s)\\d{1,3}(?:\\.\\d{1,3}){0,3}(?:\\([a-z]\\))?: \\p{L}[^.!?;:]{0,300}\\?");

  /** A pasted log must not bury the other findings: after this many, one line sums up the rest. */
  static final int MAX_FINDINGS = 20;

  static List<Finding> find(Policy policy, String source) {
    List<Finding> out = new ArrayList<>();
    for (int line : policy.examples().unreadableLines()) {
      out.add(
          warning(
              source,
              line,
              "example question not read; write it as the clause number, a colon and the"
                  + " question, like '4.6(c): can I add an ex-pupil on Instagram?'"));
    }
    for (int line : policy.examples().unnumberedLines()) {
      out.add(
          warning(
              source,
              line,
              "example question without a clause number, so it is not used; write the number of"
                  + " the clause that answers it before the colon, or delete the line if the"
                  + " policy does not answer it (published versions keep it)"));
    }
    for (int line : policy.examples().ignoredBlockLines()) {
      out.add(
          warning(
              source,
              line,
              "this comment holds lines like example questions but does not start with"
                  + " 'PolicyBot example questions', so they are not used; start it with"
                  + " '<!-- PolicyBot example questions'"));
    }
    Set<String> ids = new HashSet<>();
    policy.clauses().forEach(c -> ids.add(c.id()));
    for (Clause c : policy.clauses()) {
      if (c.text().contains("-->")) {
        out.add(
            warning(
                source,
                c.line(),
                "clause "
                    + c.id()
                    + " contains '-->', the end of a comment that was never opened; is a '<!--'"
                    + " missing? Its text would be quoted as it is"));
      } else if (EXAMPLE_OUTSIDE.matcher(c.text()).find()) {
        out.add(
            warning(
                source,
                c.line(),
                "clause "
                    + c.id()
                    + " contains what looks like an example question ('number: question'); is it"
                    + " outside the example-questions block? Its text would be quoted as it is"));
      }
    }
    Map<String, Integer> perClause = new HashMap<>();
    for (ExampleQuestion q : policy.examples().questions()) {
      int n = perClause.merge(q.clauseId(), 1, Integer::sum);
      if (n == ExampleQuestions.MAX_PER_CLAUSE + 1) {
        out.add(
            warning(
                source,
                q.line(),
                "clause "
                    + q.clauseId()
                    + " has more than "
                    + ExampleQuestions.MAX_PER_CLAUSE
                    + " example questions; this one and those after it are ignored"));
      }
      if (!ids.contains(q.clauseId())) {
        out.add(
            warning(
                source,
                q.line(),
                "example question for clause "
                    + q.clauseId()
                    + ", which the policy does not have; it is ignored until the number is"
                    + " corrected"));
      }
    }
    if (out.size() <= MAX_FINDINGS) {
      return out;
    }
    out.sort(Comparator.comparingInt(Finding::line));
    List<Finding> shown = new ArrayList<>(out.subList(0, MAX_FINDINGS));
    shown.add(
        warning(
            source,
            0,
            (out.size() - MAX_FINDINGS)
                + " more example-question warnings like these; fix the ones above and check again"));
    return shown;
  }

  private static Finding warning(String source, int line, String message) {
    return new Finding(Finding.Severity.WARNING, source, line, message);
  }
}
