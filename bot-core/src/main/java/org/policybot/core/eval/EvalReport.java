package org.policybot.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one evaluation run.
 *
 * @param inScope how many rows have acceptable clauses
 * @param outOfScope how many rows are NONE
 * @param hitAt1 share of in-scope rows whose first candidate is acceptable and that were answered
 * @param hitAt3 share of in-scope rows with an acceptable clause among the first three candidates
 * @param mrr mean reciprocal rank of the first acceptable candidate (top 5), in-scope rows
 * @param answeredInScope share of in-scope rows answered (not "not covered")
 * @param abstained how many NONE rows were not answered
 * @param quotes how many rows were answered with a quote, right or wrong
 * @param wrongQuotes how many answers quoted a clause that does not answer the row: an in-scope row
 *     answered with a clause it does not accept, or a NONE row answered at all
 * @param rightPolicyFirst with several policies indexed, the share of in-scope rows whose first
 *     candidate is a clause of the set's policy, right clause or not; empty with one policy indexed
 *     or when the set's clause numbers do not single its policy out
 * @param policy the policy whose clauses count as the set's answers, when the set's clause numbers
 *     single one out among those indexed; otherwise a clause of any policy with a named number
 * @param misses every row the bot got wrong, for reading
 */
public record EvalReport(
    int inScope,
    int outOfScope,
    double hitAt1,
    double hitAt3,
    double mrr,
    double answeredInScope,
    int abstained,
    int quotes,
    int wrongQuotes,
    OptionalDouble rightPolicyFirst,
    Optional<String> policy,
    List<Miss> misses) {

  /**
   * A row the bot got wrong.
   *
   * @param question the row
   * @param got the status and first candidates the bot produced
   */
  public record Miss(EvalQuestion question, String got) {}

  public EvalReport {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(rightPolicyFirst, "rightPolicyFirst");
    misses = List.copyOf(misses);
  }

  /** Share of NONE rows answered "not covered" (or help), 0 to 1. */
  public double abstention() {
    return outOfScope == 0 ? 1 : (double) abstained / outOfScope;
  }

  /** The figures as a few lines of text. */
  public String summary() {
    return policy.map(p -> "scored against " + p + "\n").orElse("")
        + String.format(
            Locale.ROOT,
            "in-scope %d, NONE %d%nHit@1 %.1f%%  Hit@3 %.1f%%  MRR %.3f%n"
                + "answered in-scope %.1f%%  abstained on NONE %d/%d (%.1f%%)%n"
                + "quoted %d times, %d of them a wrong clause (%.1f%%)",
            inScope,
            outOfScope,
            hitAt1 * 100,
            hitAt3 * 100,
            mrr,
            answeredInScope * 100,
            abstained,
            outOfScope,
            abstention() * 100,
            quotes,
            wrongQuotes,
            quotes == 0 ? 0.0 : 100.0 * wrongQuotes / quotes)
        + (rightPolicyFirst.isPresent()
            ? String.format(
                Locale.ROOT, "%nright policy first %.1f%%", rightPolicyFirst.getAsDouble() * 100)
            : "");
  }
}
