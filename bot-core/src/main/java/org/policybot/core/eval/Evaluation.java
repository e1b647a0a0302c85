package org.policybot.core.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.Candidate;
import org.policybot.core.PolicyAnswerer;
import org.policybot.index.Policy;

/**
 * Runs evaluation questions through the answerer and scores the answers the way the project's
 * targets are stated: Hit@1 counts only answered questions whose quoted clause is acceptable; Hit@3
 * and MRR look at the ranked candidates; NONE rows must not be answered. Wrong quotes are counted
 * on their own, because a confident wrong quote is the worst answer the bot gives: an in-scope
 * question quoted another clause, and a NONE row quoted anything.
 *
 * <p>A set names clauses by number only, and with several policies indexed "4.1" is a clause of
 * each. So a set is scored against the one indexed policy that has every clause it names: a clause
 * of another policy with the same number is a miss, not a hit.
 */
public final class Evaluation {

  private Evaluation() {}

  public static EvalReport run(PolicyAnswerer answerer, List<EvalQuestion> questions) {
    List<Policy> indexed = answerer.library().current().policies();
    Optional<String> policy = policyOf(questions, indexed);
    // Among several policies, whether the question reached its policy at all, right clause or not.
    boolean policyCounts = policy.isPresent() && indexed.size() > 1;
    int policyFirst = 0;
    int inScope = 0;
    int outOfScope = 0;
    int hit1 = 0;
    int hit3 = 0;
    int answered = 0;
    int abstained = 0;
    int wrongQuotes = 0;
    double reciprocal = 0;
    List<EvalReport.Miss> misses = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = answerer.answer(q.question());
      boolean isAnswered = a.status() == AnswerStatus.ANSWERED;
      if (!q.inScope()) {
        outOfScope++;
        if (isAnswered) {
          wrongQuotes++;
          misses.add(new EvalReport.Miss(q, describe(a)));
        } else {
          abstained++;
        }
        continue;
      }
      inScope++;
      answered += isAnswered ? 1 : 0;
      int rank = rankOfAcceptable(q, a, policy);
      if (policyCounts
          && !a.candidates().isEmpty()
          && a.candidates().get(0).policyId().equals(policy.get())) {
        policyFirst++;
      }
      boolean first =
          isAnswered
              && acceptable(
                  q,
                  policy,
                  a.clause().orElseThrow().policyId(),
                  a.clause().orElseThrow().clauseId());
      hit1 += first ? 1 : 0;
      wrongQuotes += isAnswered && !first ? 1 : 0;
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
        answered + outOfScope - abstained,
        wrongQuotes,
        policyCounts ? OptionalDouble.of(ratio(policyFirst, inScope)) : OptionalDouble.empty(),
        policy,
        misses);
  }

  /**
   * The indexed policy that has every clause the set names, when exactly one has; otherwise any
   * policy's clause with a named number counts (one policy indexed, or a set whose numbers several
   * policies share).
   */
  static Optional<String> policyOf(List<EvalQuestion> questions, List<Policy> policies) {
    Set<String> named = new HashSet<>();
    questions.forEach(q -> named.addAll(q.acceptable()));
    List<String> having =
        policies.stream().filter(p -> clauseIds(p).containsAll(named)).map(Policy::id).toList();
    return having.size() == 1 && !named.isEmpty() ? Optional.of(having.get(0)) : Optional.empty();
  }

  /**
   * The clause ids a set names that no indexed policy has, normalised and sorted. A set written for
   * another policy scores 0% without them looking wrong; naming them says why.
   */
  public static List<String> unknownClauses(List<EvalQuestion> questions, List<Policy> policies) {
    Set<String> indexed = new HashSet<>();
    policies.forEach(p -> indexed.addAll(clauseIds(p)));
    return questions.stream()
        .flatMap(q -> q.acceptable().stream())
        .filter(id -> !indexed.contains(id))
        .distinct()
        .sorted()
        .toList();
  }

  /** A policy's clause ids as a set names them ({@link EvalQuestion#normalise}). */
  private static Set<String> clauseIds(Policy policy) {
    return policy.clauses().stream()
        .map(c -> EvalQuestion.normalise(c.id()))
        .collect(Collectors.toSet());
  }

  private static boolean acceptable(
      EvalQuestion q, Optional<String> policy, String policyId, String clauseId) {
    return policy.map(policyId::equals).orElse(true)
        && q.acceptable().contains(EvalQuestion.normalise(clauseId));
  }

  private static int rankOfAcceptable(EvalQuestion q, Answer a, Optional<String> policy) {
    List<Candidate> c = a.candidates();
    for (int i = 0; i < c.size(); i++) {
      if (acceptable(q, policy, c.get(i).policyId(), c.get(i).clauseId())) {
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
