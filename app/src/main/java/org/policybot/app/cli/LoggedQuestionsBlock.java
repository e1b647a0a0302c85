package org.policybot.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.policybot.core.Answer;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.feedback.LoggedQuestion;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;

/**
 * The example-questions block {@code policybot examples FILE --from-log LOG} prints: questions
 * staff asked that went unanswered or were voted "Not helpful", each under a note of what happened
 * and the policy's closest clauses, with its clause number left for HR to write. A line without a
 * number is a note to the parser, so the block can be pasted half done; only the questions HR
 * number count.
 */
final class LoggedQuestionsBlock {

  /** Clauses suggested per question: enough to find the right one, few enough to read. */
  private static final int CLOSEST = 3;

  private LoggedQuestionsBlock() {}

  static String render(Policy policy, List<LoggedQuestion> questions, String source) {
    PolicyAnswerer answerer =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(policy))),
            org.policybot.core.AnswerSettings.defaults());
    Map<String, Clause> clauses =
        policy.clauses().stream()
            .collect(java.util.stream.Collectors.toMap(Clause::id, Function.identity()));
    StringBuilder s = new StringBuilder();
    s.append("<!-- PolicyBot example questions: staff questions from ")
        .append(ExamplesCommand.safe(source))
        .append(" that were not answered\nwell. Write the number of the clause that answers each")
        .append(" before its colon; leave the colon\nfirst or delete the line when ")
        .append(ExamplesCommand.safe(policy.title()))
        .append(" does not answer it.\n");
    for (LoggedQuestion q : questions) {
      Answer a = answerer.answer(q.question());
      List<String> closest = new ArrayList<>();
      a.candidates().stream()
          .limit(CLOSEST)
          .forEach(c -> closest.add(describe(clauses.get(c.clauseId()), c.clauseId())));
      s.append('\n').append(what(q));
      s.append(closest.isEmpty() ? "" : " Closest: " + String.join(", ", closest) + ".");
      s.append('\n').append(": ").append(ExamplesCommand.safe(q.question())).append('\n');
    }
    return s.append("-->\n").toString();
  }

  /** What happened to the question, in HR's words. */
  private static String what(LoggedQuestion q) {
    List<String> parts = new ArrayList<>();
    parts.add(q.asked() == 1 ? "Asked once" : "Asked " + q.asked() + " times");
    if (q.notCovered() > 0) {
      parts.add(
          q.notCovered() == q.asked()
              ? "not covered"
              : "not covered " + (q.notCovered() == 1 ? "once" : q.notCovered() + " times"));
    }
    if (!q.notHelpful().isEmpty()) {
      parts.add("voted not helpful on " + String.join(", ", q.notHelpful()));
    }
    return ExamplesCommand.safe(String.join(", ", parts) + ".");
  }

  private static String describe(Clause clause, String id) {
    if (clause == null || clause.sectionTitle().isEmpty()) {
      return id;
    }
    return id + " (" + ExamplesCommand.safe(clause.sectionTitle()) + ")";
  }
}
