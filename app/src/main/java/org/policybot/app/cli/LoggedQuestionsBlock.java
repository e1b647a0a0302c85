package org.policybot.app.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policybot.core.Answer;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.feedback.AnswerLogReader;
import org.policybot.core.feedback.LoggedQuestion;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;
import org.policybot.index.search.SearchOptions;

/**
 * The example-questions block {@code policybot examples FILE --from-log LOG} prints: questions
 * staff asked that went unanswered or were voted "Not helpful", each under a note of what happened
 * and the policy's closest clauses, with its clause number left for HR to write. A line without a
 * number is a note to the parser, so a line HR forget is ignored, not misread.
 */
final class LoggedQuestionsBlock {

  /** Clauses suggested per question: enough to find the right one, few enough to read. */
  private static final int CLOSEST = 3;

  private LoggedQuestionsBlock() {}

  /**
   * The questions worth showing for this policy: not covered by any policy, or voted down on one of
   * its own clauses (a vote on another policy's clause is that policy's business), and not one of
   * its example questions already.
   */
  static List<LoggedQuestion> about(Policy policy, List<LoggedQuestion> questions) {
    Set<String> written = new HashSet<>();
    policy.examples().byClause().values().forEach(l -> l.forEach(q -> written.add(key(q))));
    String own = policy.id() + " ";
    List<LoggedQuestion> out = new ArrayList<>();
    for (LoggedQuestion q : questions) {
      List<String> mine = q.notHelpful().stream().filter(c -> c.startsWith(own)).toList();
      if ((q.notCovered() > 0 || !mine.isEmpty()) && !written.contains(key(q.question()))) {
        out.add(
            new LoggedQuestion(
                q.question(), q.asked(), q.notCovered(), mine.isEmpty() ? 0 : q.votedDown(), mine));
      }
    }
    return out;
  }

  private static String key(String question) {
    return AnswerLogReader.key(question);
  }

  /**
   * @param search the options answers are found with, so the closest clauses shown are the ones the
   *     bot would have quoted
   */
  static String render(
      Policy policy, List<LoggedQuestion> questions, String source, SearchOptions search) {
    PolicyAnswerer answerer =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(policy), search)),
            AnswerSettings.defaults());
    Map<String, Clause> clauses =
        policy.clauses().stream().collect(Collectors.toMap(Clause::id, Function.identity()));
    StringBuilder s = new StringBuilder();
    s.append("<!-- PolicyBot example questions: staff questions from ")
        .append(ExamplesCommand.safe(source))
        .append(" that were not answered\nwell. Write the number of the clause that answers each")
        .append(" before its colon. Delete the lines\n")
        .append(ExamplesCommand.safe(policy.title()))
        .append(" does not answer, and any name or personal detail, before pasting this")
        .append(" into\nthe policy: the file and its published versions are kept.\n");
    for (LoggedQuestion q : questions) {
      Answer a = answerer.answer(q.question());
      List<String> closest = new ArrayList<>();
      // The clause staff voted down is named in the note already; suggesting it again would
      // invite HR to number the question to the answer staff said did not help.
      Set<String> rejected = new HashSet<>();
      q.notHelpful().forEach(vote -> rejected.add(clauseOf(vote)));
      a.candidates().stream()
          .filter(c -> !rejected.contains(c.clauseId()))
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
    parts.add("Asked " + times(q.asked()));
    if (q.notCovered() > 0) {
      parts.add(
          q.notCovered() == q.asked() ? "not covered" : "not covered " + times(q.notCovered()));
    }
    if (q.votedDown() > 0) {
      String clauses =
          q.notHelpful().stream()
              .map(LoggedQuestionsBlock::clauseOf)
              .collect(Collectors.joining(", "));
      parts.add("voted not helpful " + times(q.votedDown()) + " on " + clauses);
    }
    return ExamplesCommand.safe(String.join(", ", parts) + ".");
  }

  /** The clause of a "Not helpful" vote, written "policy-id clause": "leave-policy 4.6" → 4.6. */
  private static String clauseOf(String vote) {
    return vote.substring(vote.indexOf(' ') + 1);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  private static String describe(Clause clause, String id) {
    if (clause == null || clause.sectionTitle().isEmpty()) {
      return id;
    }
    return id + " (" + ExamplesCommand.safe(clause.sectionTitle()) + ")";
  }
}
