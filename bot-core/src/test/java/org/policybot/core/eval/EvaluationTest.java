package org.policybot.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

class EvaluationTest {

  static final String PARKING =
      """
      # Parking Policy

      ## 1. Parking

      1.1 Staff may park in the staff car park behind the sports hall.

      1.2 Visitors park at the front of the school and sign in at reception.
      """;

  static final String UNIFORM =
      """
      # Uniform Policy

      ## 1. Uniform

      1.1 Pupils wear the school blazer and tie every day.

      1.2 Lost property is kept in the box by the main office for one term.
      """;

  static Policy parking;
  static Policy uniform;
  static PolicyAnswerer both;

  @BeforeAll
  static void build() throws Exception {
    parking = parse("parking-policy", PARKING);
    uniform = parse("uniform-policy", UNIFORM);
    both =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(parking, uniform))),
            AnswerSettings.defaults());
  }

  static Policy parse(String id, String text) throws Exception {
    return PolicyParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void clause_ids_compare_by_their_parts_whatever_separates_them() {
    assertEquals("4.6.c", EvalQuestion.normalise("4.6(c)"));
    assertEquals("4.6.c", EvalQuestion.normalise("4.6.c"));
    assertEquals("4.6.c", EvalQuestion.normalise("4.6c"));
    assertEquals("4.6.c", EvalQuestion.normalise(" 4.6 (C) "));
    assertEquals("a.1", EvalQuestion.normalise("A1"));
    assertEquals("2.iv", EvalQuestion.normalise("2(iv)"));
    // Before, every separator was dropped and these two were both "112".
    assertNotEquals(EvalQuestion.normalise("1.12"), EvalQuestion.normalise("11.2"));
  }

  @Test
  void a_set_is_scored_against_the_one_policy_that_has_every_clause_it_names() throws Exception {
    List<EvalQuestion> parkingSet =
        List.of(
            new EvalQuestion(1, "where can staff park their cars", List.of("1.1")),
            new EvalQuestion(2, "where do visitors park and sign in", List.of("1.2")));
    // Both policies number their clauses 1.1 and 1.2, so the numbers alone single out neither.
    assertEquals(Optional.empty(), Evaluation.policyOf(parkingSet, List.of(parking, uniform)));

    List<EvalQuestion> named = List.of(new EvalQuestion(1, "q", List.of("1.1", "2.3")));
    Policy longer = parse("longer-policy", PARKING + "\n## 2. More\n\n2.3 Bikes go in the rack.\n");
    assertEquals(
        Optional.of("longer-policy"), Evaluation.policyOf(named, List.of(parking, longer)));
  }

  @Test
  void another_policys_clause_with_the_same_number_is_a_miss() throws Exception {
    Policy parkingWithMore =
        parse(
            "parking-policy",
            PARKING + "\n## 2. Bicycles\n\n2.1 Bicycles are locked in the rack by the gate.\n");
    PolicyAnswerer answerer =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(parkingWithMore, uniform))),
            AnswerSettings.defaults());
    // The question is about uniform, and the uniform policy's 1.1 answers it; the set names the
    // parking policy's clauses (it alone has 2.1), so that 1.1 is not the set's 1.1.
    List<EvalQuestion> parkingSet =
        List.of(
            new EvalQuestion(1, "do pupils have to wear a blazer and tie", List.of("1.1")),
            new EvalQuestion(2, "where do I lock my bicycle", List.of("2.1")));

    EvalReport report = Evaluation.run(answerer, parkingSet);

    assertEquals(Optional.of("parking-policy"), report.policy());
    assertEquals(
        "uniform-policy", firstPolicyOf(answerer, "do pupils have to wear a blazer and tie"));
    assertEquals(0.5, report.hitAt1(), 1e-9);
    // The blazer question reached the uniform policy, not the set's: half reached their policy.
    assertEquals(0.5, report.rightPolicyFirst().orElseThrow(), 1e-9);
    assertTrue(report.summary().contains("right policy first 50.0%"), report.summary());
    assertEquals(1, report.misses().size());
    assertEquals(1, report.misses().get(0).question().line());
  }

  @Test
  void with_one_policy_indexed_a_named_number_counts_as_before() {
    PolicyAnswerer alone =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(uniform))), AnswerSettings.defaults());
    EvalReport report =
        Evaluation.run(
            alone,
            List.of(
                new EvalQuestion(1, "do pupils have to wear a blazer and tie", List.of("1.1"))));
    assertEquals(Optional.of("uniform-policy"), report.policy());
    assertEquals(1.0, report.hitAt1(), 1e-9);
    // With one policy indexed, reaching it says nothing.
    assertTrue(report.rightPolicyFirst().isEmpty());
    assertFalse(report.summary().contains("right policy first"), report.summary());
  }

  @Test
  void wrong_quotes_count_in_scope_rows_quoted_another_clause_and_none_rows_quoted_at_all() {
    PolicyAnswerer alone =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(parking))), AnswerSettings.defaults());
    List<EvalQuestion> set =
        List.of(
            new EvalQuestion(1, "where can staff park their cars", List.of("1.1")),
            // Answered with 1.2, the visitors' clause, which this row does not accept.
            new EvalQuestion(2, "where do visitors park and sign in", List.of("1.1")),
            // The policy answers it, but the row says it must not: a wrong quote too.
            new EvalQuestion(3, "where do visitors sign in", List.of()),
            new EvalQuestion(4, "what is on the lunch menu today", List.of()));

    EvalReport report = Evaluation.run(alone, set);

    assertEquals(3, report.quotes(), report.misses().toString());
    assertEquals(2, report.wrongQuotes(), report.misses().toString());
    assertEquals(1, report.abstained());
    assertTrue(
        report.summary().contains("quoted 3 times, 2 of them a wrong clause (66.7%)"),
        report.summary());
  }

  private static String firstPolicyOf(PolicyAnswerer answerer, String question) {
    return answerer.answer(question).clause().orElseThrow().policyId();
  }

  @Test
  void names_the_clauses_no_indexed_policy_has() {
    List<EvalQuestion> set =
        EvalSet.parse("t.tsv", "where do I park?\t1.1\nsick pay?\t4.10,6.2(a)\nlunch?\tNONE\n");

    assertEquals(
        List.of("4.10", "6.2.a"), Evaluation.unknownClauses(set, List.of(parking, uniform)));
    assertEquals(List.of(), Evaluation.unknownClauses(set.subList(0, 1), List.of(parking)));
  }

  @Test
  void a_header_row_is_not_scored_as_a_question() {
    List<EvalQuestion> set =
        EvalSet.parse("t.tsv", "# comment\nquestion\tclauses\nwhere do I park?\t1.1\n");

    assertEquals(1, set.size());
    assertEquals("where do I park?", set.get(0).question());
  }
}
