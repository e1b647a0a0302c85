package org.policybot.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.Candidate;
import org.policybot.core.PolicyAnswerer;

/**
 * Runs evaluation questions through the answerer and scores the answers the way the project's
 * targets are stated: Hit@1 counts only answered questions whose quoted clause is acceptable; Hit@3
 * and MRR look at the ranked candidates; NONE rows must not be answered.
 */
public final class Evaluation {

  private Evaluation() {}

  public static EvalReport run(PolicyAnswerer answerer, List<EvalQuestion> questions) {
    int inScope = 0;
    int outOfScope = 0;
    int hit1 = 0;
    int hit3 = 0;
    int answered = 0;
    int abstained = 0;
    double reciprocal = 0;
    List<EvalReport.Miss> misses = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = answerer.answer(q.question());
      boolean isAnswered = a.status() == AnswerStatus.ANSWERED;
      if (!q.inScope()) {
        outOfScope++;
        if (isAnswered) {
          misses.add(new EvalReport.Miss(q, describe(a)));
        } else {
          abstained++;
        }
        continue;
      }
      inScope++;
      answered += isAnswered ? 1 : 0;
      int rank = rankOfAcceptable(q, a);
      boolean first =
          isAnswered
              && q.acceptable()
                  .contains(EvalQuestion.normalise(a.clause().orElseThrow().clauseId()));
      hit1 += first ? 1 : 0;
      hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
      reciprocal += rank >= 1 ? 1.0 / rank : 0;
      if (!first) {
        misses.add(new EvalReport.Miss(q, describe(a)));
      }
    }
    return new EvalReport(
        inScope,
        outOfScope,
        ratio(hit1, inScope),
        ratio(hit3, inScope),
        inScope == 0 ? 0 : reciprocal / inScope,
        ratio(answered, inScope),
        abstained,
        misses);
  }

  private static int rankOfAcceptable(EvalQuestion q, Answer a) {
    List<Candidate> c = a.candidates();
    for (int i = 0; i < c.size(); i++) {
      if (q.acceptable().contains(EvalQuestion.normalise(c.get(i).clauseId()))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String describe(Answer a) {
    String top =
        a.candidates().stream()
            .limit(3)
            .map(
                c ->
                    String.format(
                        java.util.Locale.ROOT,
                        "%s (%.2f, cov %.2f)",
                        c.clauseId(),
                        c.score(),
                        c.coverage()))
            .collect(Collectors.joining(", "));
    return a.status().wireName() + "; top: " + (top.isEmpty() ? "none" : top);
  }

  private static double ratio(int n, int d) {
    return d == 0 ? 0 : (double) n / d;
  }
}
