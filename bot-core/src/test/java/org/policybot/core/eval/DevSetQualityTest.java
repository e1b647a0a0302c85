package org.policybot.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;
import org.policybot.index.search.SearchOptions;

/**
 * Holds answer quality on the evaluation sets kept in the repository. The floors are the targets
 * where we meet them and the measured figures (rounded down) where we do not yet, so a change that
 * makes answers worse fails the build.
 */
class DevSetQualityTest {

  static final Path SOCIAL_MEDIA = Path.of("../policies/social-media-policy.md");
  static final Path ATTENDANCE = Path.of("../policies-examples/attendance-and-absence-policy.md");
  static final Path CONDUCT = Path.of("../policies-examples/code-of-conduct-policy.md");
  static final Path DATA_PROTECTION =
      Path.of("../policies-examples/data-protection-and-it-policy.md");
  static final Path GRIEVANCE =
      Path.of("../policies-examples/grievance-and-whistleblowing-policy.md");
  static final Path DISCIPLINARY =
      Path.of("../policies-examples/disciplinary-and-capability-policy.md");
  static final Path FAMILY_LEAVE =
      Path.of("../policies-examples/family-leave-and-flexible-working-policy.md");

  static final Path DIGNITY = Path.of("../policies-examples/dignity-at-work-policy.md");
  static final Path HEALTH_SAFETY =
      Path.of("../policies-examples/health-safety-wellbeing-policy.md");

  static EvalReport run(List<Path> policies, Path questions) throws Exception {
    List<Policy> parsed = new ArrayList<>();
    for (Path p : policies) {
      parsed.add(PolicyParser.parse(p));
    }
    PolicyAnswerer answerer =
        new PolicyAnswerer(new PolicyLibrary(PolicyIndex.build(parsed)), AnswerSettings.defaults());
    return Evaluation.run(answerer, EvalSet.read(questions));
  }

  /**
   * Hit@1, Hit@3, NONE rows declined and in-scope share answered are each at least their floor, and
   * wrong quotes (a clause that does not answer the row, or any quote for a NONE row) at most their
   * ceiling (the measured count plus one, unless said otherwise), so that answering more cannot
   * hide quoting more wrongly.
   */
  static void holds(
      EvalReport r, double hitAt1, double hitAt3, int abstained, double answered, int wrongQuotes) {
    atLeast(hitAt1, r.hitAt1(), "Hit@1", r);
    atLeast(hitAt3, r.hitAt3(), "Hit@3", r);
    atLeast(abstained, r.abstained(), "NONE rows not answered", r);
    atLeast(answered, r.answeredInScope(), "answered in-scope share", r);
    assertTrue(
        r.wrongQuotes() <= wrongQuotes,
        "wrong quotes "
            + r.wrongQuotes()
            + " > "
            + wrongQuotes
            + "\n"
            + r.summary()
            + "\n"
            + r.misses());
  }

  static void atLeast(double floor, double actual, String what, EvalReport r) {
    assertTrue(
        actual >= floor,
        what + " " + actual + " < " + floor + "\n" + r.summary() + "\n" + r.misses());
  }

  @Test
  void social_media_dev_set_meets_the_issue_thresholds() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-dev.tsv"));
    // No wrong quote at all, not the measured count plus one: here the targets are met.
    holds(r, 0.90, 0.98, 8, 0.95, 0);
  }

  @Test
  void typing_errors_cost_little() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-dev-typos.tsv"));
    atLeast(0.90, r.hitAt1(), "Hit@1", r);
    atLeast(0.98, r.hitAt3(), "Hit@3", r);
    atLeast(8, r.abstained(), "NONE rows not answered", r);
  }

  /** Measured 82.5% Hit@1, 96.3% Hit@3, 19/20 NONE, 95.0% answered (docs/quality.md). */
  @Test
  void social_media_staff_questions_hold_their_measured_figures() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-extra.tsv"));
    holds(r, 0.80, 0.95, 19, 0.93, 12);
  }

  /**
   * With the 398 example questions in its file, counted at the scale its own examples measure,
   * 83.3% Hit@1, 91.7% Hit@3, 12/12 NONE (11/12 before coverage weighed ideas by rarity), 91.7%
   * answered; 76.7% Hit@1 at the Social Media Policy's scale, 68.3% without examples
   * (docs/quality.md).
   */
  @Test
  void a_numbered_paragraph_policy_holds_its_measured_figures() throws Exception {
    EvalReport r = run(List.of(ATTENDANCE), Path.of("../eval/attendance-dev.tsv"));
    holds(r, 0.81, 0.90, 12, 0.90, 6);
  }

  /**
   * The held-out policy and questions, written without sight of the ranking code or vocabulary.
   * Measured 61.7% Hit@1, 81.7% Hit@3, 10/12 NONE, 80.0% answered (63.3% and 85.0% before two
   * shared ideas needed a similarity of 0.25, which withheld two wrong quotes and one right one;
   * docs/quality.md). With the question tuning (session 15): 63.3%, 85.0%, 10/12, 78.3%, 11 wrong
   * quotes (13 before).
   */
  @Test
  void a_held_out_policy_holds_its_measured_figures() throws Exception {
    EvalReport r = run(List.of(CONDUCT), Path.of("../eval/conduct-dev.tsv"));
    holds(r, 0.61, 0.83, 10, 0.76, 12);
  }

  /**
   * A third set of fresh Social Media questions (2026-11-24, session 7), by a helper who saw only
   * the policy without its example questions. Measured 72.0% Hit@1, 88.0% Hit@3, 8/12 NONE, 90.0%
   * answered (7/12 NONE before coverage weighed ideas by their rarity).
   */
  @Test
  void a_third_fresh_social_media_set_holds_its_measured_figures() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-fresh.tsv"));
    holds(r, 0.70, 0.86, 8, 0.88, 14);
  }

  /**
   * Questions staff might ask that the Social Media Policy does not answer, most sharing one of its
   * everyday words in another sense ("site", "break", "post", "share"), written by a helper who saw
   * only the policy. Measured 58/70 declined (52/70 before the three changes it prompted;
   * docs/quality.md): far from the 95% target, held here so it gets no worse.
   */
  @Test
  void off_topic_questions_sharing_the_policys_words_are_mostly_declined() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-offtopic.tsv"));
    atLeast(58, r.abstained(), "off-topic rows not answered", r);
  }

  @Test
  void with_two_policies_indexed_questions_reach_the_right_policy() throws Exception {
    EvalReport social =
        run(List.of(SOCIAL_MEDIA, ATTENDANCE), Path.of("../eval/social-media-dev.tsv"));
    atLeast(0.95, social.hitAt1(), "social media Hit@1 beside attendance", social);
    EvalReport attendance =
        run(List.of(SOCIAL_MEDIA, ATTENDANCE), Path.of("../eval/attendance-dev.tsv"));
    atLeast(0.78, attendance.hitAt1(), "attendance Hit@1 beside social media", attendance);
    // Measured 96.7%: two attendance questions went to the Social Media Policy first.
    atLeast(
        0.95,
        attendance.rightPolicyFirst().orElseThrow(),
        "attendance questions reaching the attendance policy first",
        attendance);
  }

  /**
   * The Social Media Policy's example questions must not pull an unseen policy's questions to its
   * own clauses. Measured 63.3% Hit@1 beside it, as when indexed alone, and 63.3% before the
   * examples were added.
   */
  @Test
  void example_questions_of_one_policy_do_not_take_another_policys_questions() throws Exception {
    EvalReport conduct = run(List.of(SOCIAL_MEDIA, CONDUCT), Path.of("../eval/conduct-dev.tsv"));
    atLeast(0.61, conduct.hitAt1(), "conduct Hit@1 beside social media", conduct);
    // Measured 88.3%: the two policies really share some subjects (befriending pupils online).
    atLeast(
        0.86,
        conduct.rightPolicyFirst().orElseThrow(),
        "conduct questions reaching the conduct policy first",
        conduct);
  }

  /**
   * The second held-out round, written without sight of code, vocabulary or other sets. Measured
   * 60.0% Hit@1, 88.3% Hit@3, 10/12 NONE, 91.7% answered (docs/quality.md); with the question
   * tuning (session 15) 60.0%, 91.7%, 11/12, 90.0%, 19 wrong quotes (21 before).
   */
  @Test
  void a_second_held_out_policy_holds_its_measured_figures() throws Exception {
    EvalReport r = run(List.of(DATA_PROTECTION), Path.of("../eval/data-protection-dev.tsv"));
    holds(r, 0.58, 0.90, 11, 0.88, 20);
  }

  /**
   * The third held-out round: a grievance and whistleblowing policy and two question sets by two
   * authors who saw only the policy. On their first run, 43.3% / 68.3% Hit@1 / Hit@3, 6/12 NONE,
   * 86.7% answered (dev; 83.3% since two shared ideas need a similarity of 0.25) and 54.0% / 70.0%,
   * 8/12 NONE, 84.0% answered (holdout): far below the targets, held here so they get no worse
   * (docs/quality.md). With the question tuning (session 15): 51.7% / 65.0%, 6/12, 86.7%, 27 wrong
   * quotes (dev; 30 before) and 50.0% / 74.0%, 8/12, 90.0%, 24 wrong quotes (holdout; 19 before):
   * the one set it made worse, by two questions, within the ±3 questions that training on 14 or on
   * all 16 tuning policies moves it (56.0% on 14).
   */
  @Test
  void a_third_held_out_policy_holds_its_measured_figures() throws Exception {
    EvalReport dev = run(List.of(GRIEVANCE), Path.of("../eval/grievance-whistleblowing-dev.tsv"));
    holds(dev, 0.50, 0.63, 6, 0.85, 28);
    EvalReport holdout =
        run(List.of(GRIEVANCE), Path.of("../eval/grievance-whistleblowing-holdout.tsv"));
    holds(holdout, 0.48, 0.72, 8, 0.88, 25);
  }

  /**
   * The fifth held-out round: two more policies of the numbered-paragraph shape, each with its
   * questions, by two authors who saw nothing of the project. On their first run, 38.3% / 70.0%
   * Hit@1 / Hit@3, 8/12 NONE, 86.7% answered (disciplinary and capability) and 46.7% / 65.0%, 6/12
   * NONE, 88.3% answered (family leave and flexible working): what a policy uploaded without
   * example questions gets today, far below the targets, held here so they get no worse
   * (docs/quality.md). With the question tuning (session 15): 45.0% / 73.3%, 8/12, 90.0%, 31 wrong
   * quotes (33 before) and 53.3% / 70.0%, 7/12, 86.7%, 25 wrong quotes (31 before).
   */
  @Test
  void a_fifth_round_of_unseen_policies_holds_its_measured_figures() throws Exception {
    holds(
        run(List.of(DISCIPLINARY), Path.of("../eval/disciplinary-dev.tsv")),
        0.43,
        0.71,
        8,
        0.88,
        32);
    holds(
        run(List.of(FAMILY_LEAVE), Path.of("../eval/family-leave-dev.tsv")),
        0.51,
        0.68,
        7,
        0.85,
        26);
  }

  /**
   * The sixth held-out round (session 9): dignity at work and health, safety and wellbeing, by two
   * authors who saw nothing of the project. First run, before this session's vocabulary entries:
   * 40.0% / 66.7% Hit@1 / Hit@3, 10/12 NONE, 75.0% answered (dignity at work) and 58.3% / 78.3%,
   * 6/12 NONE, 81.7% answered (health and safety); the same after them. Since thanks get a short
   * reply instead of a search, health and safety declines 7/12 ("thanks thats really helpful!" was
   * quoted a clause). Held so they get no worse (docs/quality.md). With the question tuning
   * (session 15): 46.7% / 65.0%, 10/12, 81.7%, 23 wrong quotes (23 before) and 56.7% / 78.3%, 8/12,
   * 83.3%, 20 wrong quotes (19 before).
   */
  @Test
  void a_sixth_round_of_unseen_policies_holds_its_measured_figures() throws Exception {
    holds(
        run(List.of(DIGNITY), Path.of("../eval/dignity-at-work-dev.tsv")),
        0.45,
        0.63,
        10,
        0.80,
        24);
    holds(
        run(List.of(HEALTH_SAFETY), Path.of("../eval/health-safety-wellbeing-dev.tsv")),
        0.55,
        0.76,
        8,
        0.81,
        21);
  }

  /**
   * Fresh Social Media questions, never used to tune anything. Measured 75.0% Hit@1, 90.0% Hit@3,
   * 9/10 NONE, 95.0% answered (52.5%, 77.5%, 9/10 and 80.0% before the example questions).
   */
  @Test
  void fresh_social_media_questions_hold_their_measured_figures() throws Exception {
    EvalReport r = run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-holdout.tsv"));
    holds(r, 0.72, 0.87, 9, 0.92, 9);
  }

  /**
   * The fresh questions and the attendance questions with one or two typing errors each
   * (eval/make-typos.py). Measured 75.0% / 90.0% Hit@1 / Hit@3 and 9/10 NONE on the fresh ones, as
   * clean; 83.3% / 91.7% on attendance, as clean (80.0% before a corrected word alone counted as
   * evidence, 75.0% before its examples counted at their own scale). Before typos could mean
   * English words the policies do not use: 72.5% / 85.0% and 73.3% / 88.3%.
   */
  @Test
  void typing_errors_in_fresh_questions_cost_little() throws Exception {
    EvalReport fresh =
        run(List.of(SOCIAL_MEDIA), Path.of("../eval/social-media-holdout-typos.tsv"));
    atLeast(0.74, fresh.hitAt1(), "Hit@1", fresh);
    atLeast(0.89, fresh.hitAt3(), "Hit@3", fresh);
    atLeast(9, fresh.abstained(), "NONE rows not answered", fresh);
    EvalReport attendance = run(List.of(ATTENDANCE), Path.of("../eval/attendance-dev-typos.tsv"));
    atLeast(0.81, attendance.hitAt1(), "attendance Hit@1", attendance);
    atLeast(0.90, attendance.hitAt3(), "attendance Hit@3", attendance);
    atLeast(0.90, attendance.answeredInScope(), "attendance answered in-scope", attendance);
  }

  /**
   * The data protection policy says social media "is covered by the Trust's Social Media Policy";
   * with both indexed, that pointer must not outrank the Social Media Policy's own rules. Measured
   * 90.0% Hit@1 (83.3% before the example questions, 80.0% before pointers were ranked down).
   */
  @Test
  void a_pointer_to_another_indexed_policy_does_not_take_its_questions() throws Exception {
    EvalReport social =
        run(List.of(SOCIAL_MEDIA, DATA_PROTECTION), Path.of("../eval/social-media-dev.tsv"));
    atLeast(0.88, social.hitAt1(), "social media Hit@1 beside data protection", social);
  }

  /**
   * Sixteen more unseen policies (eval/unseen-policies, session 16), each indexed alone, with 5,290
   * in-scope questions by helpers who saw nothing of the project: the least noisy figure for a
   * policy uploaded without example questions (one set of 60 moves by ±3 questions between
   * equivalent models). Measured 59.1% Hit@1, 79.9% Hit@3, 89.4% answered, 1,599 wrong quotes of
   * 4,727; with the question tuning off 55.9%, 77.1%, 90.0%, 1,808 of 4,763; lexical ranking alone
   * 47.1%, 69.8%, 82.9%, 1,896 of 4,385. The bounds leave room for an equally good re-training of
   * the tuning, whose checkpoints after one to five epochs measured 58.9–59.3% Hit@1, 79.3–80.0%
   * Hit@3, 89.2–89.8% answered and 1,585–1,637 wrong quotes (docs/quality.md); turning the tuning
   * off fails them.
   */
  @Test
  void sixteen_more_unseen_policies_hold_their_measured_figures() throws Exception {
    Corpus c = unseenPolicies(SearchOptions.defaults(), 1);
    assertEquals(5_290, c.inScope(), c.figures());
    assertTrue(c.hitAt1() >= 0.585, c.figures());
    assertTrue(c.hitAt3() >= 0.79, c.figures());
    assertTrue(c.answered() >= 0.885, c.figures());
    assertTrue(c.wrong() <= 1_650, c.figures());
  }

  /**
   * The cross-encoder (off by default, docs/quality.md) on every eighth question of the sixteen
   * unseen policies, against the same questions without it; its figures over all 5,290 questions
   * are in docs/quality.md. On these 668 questions it measured 58.5% → 61.7% Hit@1 and 214 → 195
   * wrong quotes; the bounds ask for one point and five wrong quotes, so a cross-encoder that does
   * not load, or is not used, gives the same figures as without it and fails. About a minute: each
   * question runs the model over ten pairs.
   */
  @Test
  void the_cross_encoder_puts_more_right_clauses_first_on_unseen_policies() throws Exception {
    Corpus without = unseenPolicies(SearchOptions.defaults(), 8);
    Corpus with = unseenPolicies(new SearchOptions(true, true, true), 8);
    String figures = "without:\n" + without.figures() + "\nwith:\n" + with.figures();
    assertEquals(without.inScope(), with.inScope(), figures);
    assertTrue(with.hitAt1() >= without.hitAt1() + 0.01, figures);
    assertTrue(with.wrong() <= without.wrong() - 5, figures);
    assertTrue(with.answered() >= without.answered() - 0.01, figures);
  }

  /** Totals over the sixteen unseen policies' sets, each policy indexed alone. */
  private record Corpus(
      int inScope, double hitAt1, double hitAt3, double answered, int wrong, String figures) {}

  /** Runs every {@code every}-th question of each unseen policy's set against that policy alone. */
  private static Corpus unseenPolicies(SearchOptions options, int every) throws Exception {
    Path folder = Path.of("../eval/unseen-policies");
    int inScope = 0;
    double hitAt1 = 0;
    double hitAt3 = 0;
    double answered = 0;
    int quotes = 0;
    int wrong = 0;
    StringBuilder perSet = new StringBuilder();
    List<Path> sets;
    try (var files = Files.list(folder)) {
      sets = files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
    }
    assertEquals(16, sets.size(), "question sets in " + folder);
    for (Path set : sets) {
      String name = set.getFileName().toString().replaceFirst("\\.tsv$", "");
      PolicyAnswerer answerer =
          new PolicyAnswerer(
              new PolicyLibrary(
                  PolicyIndex.build(
                      List.of(PolicyParser.parse(folder.resolve(name).resolve(name + ".md"))),
                      options)),
              AnswerSettings.defaults());
      List<EvalQuestion> all = EvalSet.read(set);
      List<EvalQuestion> questions = new ArrayList<>();
      for (int i = 0; i < all.size(); i += every) {
        questions.add(all.get(i));
      }
      EvalReport r = Evaluation.run(answerer, questions);
      perSet.append(name).append(": ").append(r.summary()).append('\n');
      inScope += r.inScope();
      hitAt1 += r.hitAt1() * r.inScope();
      hitAt3 += r.hitAt3() * r.inScope();
      answered += r.answeredInScope() * r.inScope();
      quotes += r.quotes();
      wrong += r.wrongQuotes();
    }
    String figures =
        perSet
            + String.format(
                Locale.ROOT,
                "%d questions: Hit@1 %.3f, Hit@3 %.3f, answered %.3f, wrong quotes %d of %d",
                inScope,
                hitAt1 / inScope,
                hitAt3 / inScope,
                answered / inScope,
                wrong,
                quotes);
    return new Corpus(
        inScope, hitAt1 / inScope, hitAt3 / inScope, answered / inScope, wrong, figures);
  }
}
