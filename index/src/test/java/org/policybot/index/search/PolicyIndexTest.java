package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;

class PolicyIndexTest {

  static PolicyIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        PolicyIndex.build(
            List.of(PolicyParser.parse(Path.of("../policies/social-media-policy.md"))));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static String top(String question) {
    SearchResult r = index.search(question, 5);
    assertFalse(r.hits().isEmpty(), "no hits for " + question);
    return r.hits().get(0).clause().id();
  }

  @Test
  void platform_names_and_school_words_reach_the_policy_wording() {
    assertEquals("4.6(c)", top("can I add an ex-pupil on Insta"));
    assertEquals("4.8(b)", top("can I use Twitter at lunch"));
  }

  @Test
  void sacked_finds_the_termination_clause() {
    assertEquals("4.9(b)", top("could I get sacked for tweeting at work"));
  }

  @Test
  void typos_are_corrected_against_the_policy_words() {
    SearchResult r = index.search("can i acept a freind request from a studnet", 5);
    assertEquals("4.6(c)", r.hits().get(0).clause().id());
    assertEquals("student", r.corrections().get("studnet"));
  }

  @Test
  void only_the_first_unknown_words_of_a_question_are_looked_up_for_typos() {
    // Each lookup tries every edit of the word: 2,000 characters of made-up words were a cheap way
    // to load the server. The ones past the limit are searched as written.
    String question = "studnet ".repeat(3) + "zqxv ".repeat(20) + "can i acept a freind request";
    SearchResult r = index.search(question, 5);
    assertEquals("student", r.corrections().get("studnet"), r.corrections().toString());
    assertFalse(r.corrections().containsKey("acept"), r.corrections().toString());
    assertFalse(r.corrections().containsKey("freind"), r.corrections().toString());
    SearchResult shortOne = index.search("can i acept a freind request", 5);
    assertEquals("accept", shortOne.corrections().get("acept"), shortOne.corrections().toString());
  }

  @Test
  void a_typo_one_slip_from_an_english_word_means_that_word_not_a_further_policy_word() {
    // "spraeding" is two edits from the vocabulary's "speeding" and one swap from "spreading".
    SearchResult r = index.search("someone is spraeding lies about us, can I sccroll past", 5);
    assertEquals("spreading", r.corrections().get("spraeding"), r.corrections().toString());
    assertEquals("scroll", r.corrections().get("sccroll"), r.corrections().toString());
  }

  @Test
  void a_word_no_list_has_that_is_one_edit_but_no_slip_from_an_english_word_is_left_alone() {
    // "ousted" is one edit from "ofsted", but f and u are not neighbouring keys.
    SearchResult r = index.search("can I post our ofsted grade", 5);
    assertFalse(r.corrections().containsKey("ofsted"), r.corrections().toString());
  }

  @Test
  void the_quick_one_edit_distance_agrees_with_the_full_one() {
    String[] words = {
      "scroll",
      "sccroll",
      "scrol",
      "scorll",
      "acroll",
      "spreading",
      "spraeding",
      "speeding",
      "ab",
      "ba",
      "abc",
      "acb",
      "bac",
      "abcd",
      "abdc",
      "post",
      "posts",
      "psot",
      "pots",
      "stop"
    };
    for (String a : words) {
      for (String b : words) {
        assertEquals(
            Math.min(SpellingCorrector.distance(a, b, 2), 2),
            SpellingCorrector.withinOne(a, b),
            a + " / " + b);
      }
    }
  }

  @Test
  void real_english_words_are_not_corrected_into_policy_words() {
    SearchResult r = index.search("should I hide my photos", 5);
    assertFalse(r.corrections().containsKey("hide"), r.corrections().toString());
  }

  @Test
  void coverage_is_high_for_a_matching_clause_and_zero_for_unrelated_words() {
    SearchHit hit = index.search("befriend ex-students", 5).hits().get(0);
    assertEquals(1.0, hit.coverage(), 1e-9);
    assertTrue(
        index.search("annual leave entitlement", 5).hits().stream()
            .allMatch(h -> h.coverage() < 0.5));
  }

  @Test
  void a_question_of_only_filler_words_has_no_concepts() {
    SearchResult r = index.search("can I?", 5);
    assertFalse(r.hasConcepts());
    assertTrue(r.hits().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AND OR NOT * ? ~ ^ : \" ( ) [ ] { } \\ /",
        "title:(social AND media)^10 OR text:*",
        "\"unterminated phrase",
        "\u0000\u0007\u001b[31m control \u202e characters",
        "\uD83D\uDE00\uD83D\uDCF1 can I post emoji \uD83C\uDFEB?",
        "\uD800 lone surrogate"
      })
  void hostile_questions_are_searched_as_plain_words(String question) {
    assertNotNull(index.search(question, 5));
  }

  @Test
  void a_ten_thousand_character_question_is_answered() {
    String q = "Can I post about my school? ".repeat(400);
    assertTrue(q.length() > 10_000);
    assertFalse(index.search(q, 5).hits().isEmpty());
  }

  @Test
  void limit_must_be_positive() {
    assertThrows(IllegalArgumentException.class, () -> index.search("x", 0));
  }

  @Test
  void two_policies_with_one_id_are_refused() throws Exception {
    Policy p = PolicyParser.parse(Path.of("../policies/social-media-policy.md"));
    assertThrows(IllegalArgumentException.class, () -> PolicyIndex.build(List.of(p, p)));
  }

  @Test
  void clause_lookup_distinguishes_4_10_from_4_1() throws Exception {
    String doc = "4. Equipment\n\n4.1 Laptops are for work.\n4.10 Breaches lead to discipline.\n";
    Policy p = PolicyParser.parse("equipment", "equipment.txt", doc.getBytes());
    try (PolicyIndex two = PolicyIndex.build(List.of(p))) {
      assertEquals(
          "4.10", two.search("what happens if I breach this", 5).hits().get(0).clause().id());
      assertEquals("4.1", two.search("what are laptops for", 5).hits().get(0).clause().id());
    }
  }

  /** Staff ask about "mileage"; policies often state only the rate, "45p per mile". */
  @Test
  void mileage_reaches_a_clause_that_states_a_rate_per_mile() throws Exception {
    String doc =
        "5. Expenses\n\n5.1 Volunteers may claim travel expenses at 45p per mile.\n"
            + "5.2 Volunteers are insured while on school business.\n";
    Policy p = PolicyParser.parse("volunteers", "volunteers.txt", doc.getBytes());
    try (PolicyIndex one = PolicyIndex.build(List.of(p))) {
      SearchHit best = one.search("what mileage rate do volunteers get", 5).hits().get(0);
      assertEquals("5.1", best.clause().id());
      // "mileage" is one of its ideas it expresses; without "per mile" it expressed none.
      assertTrue(best.coverage() > 0.25, () -> "coverage " + best.coverage());
    }
  }

  /**
   * An example written for a clause the policy does not have is ignored (check warns about it), so
   * it must not count as the policy having examples and cost its questions the tuned model.
   */
  @Test
  void an_example_for_a_missing_clause_leaves_the_policy_with_the_tuned_model() throws Exception {
    Policy bare =
        PolicyParser.parse(Path.of("../policies/social-media-policy.md"))
            .withExamples(
                new ExampleQuestions(
                    List.of(new ExampleQuestion("99.9", "can I blog about my lessons?", 1)),
                    List.of()));
    String question = "I'm reviewing a cookbook on my blog that my husband co-wrote, must I say?";
    try (PolicyIndex index = PolicyIndex.build(List.of(bare))) {
      assertEquals("4.4(b)", index.search(question, 5).hits().get(0).clause().id());
    }
  }

  @Test
  void a_question_close_to_an_example_question_finds_its_clause() throws Exception {
    Policy bare =
        PolicyParser.parse(Path.of("../policies/social-media-policy.md"))
            .withExamples(ExampleQuestions.NONE);
    String question = "I'm reviewing a cookbook on my blog that my husband co-wrote, must I say?";
    try (PolicyIndex without =
        PolicyIndex.build(List.of(bare), SearchOptions.withoutQuestionTuning())) {
      SearchHit first = without.search(question, 5).hits().get(0);
      assertNotEquals("4.4(b)", first.clause().id(), "the control: clause text alone misses it");
      assertEquals(0.0, first.exampleSimilarity());
    }
    // The question tuning, trained on other policies' questions, finds it from the text alone.
    try (PolicyIndex tuned = PolicyIndex.build(List.of(bare))) {
      assertEquals("4.4(b)", tuned.search(question, 5).hits().get(0).clause().id());
    }
    ExampleQuestions asked =
        new ExampleQuestions(
            List.of(
                new ExampleQuestion(
                    "4.4(b)",
                    "my wife wrote the book I'm reviewing on my blog, do I mention it?",
                    1)),
            List.of());
    try (PolicyIndex with = PolicyIndex.build(List.of(bare.withExamples(asked)))) {
      SearchHit first = with.search(question, 5).hits().get(0);
      assertEquals("4.4(b)", first.clause().id());
      assertTrue(first.exampleSimilarity() > 0.5, () -> "similarity " + first.exampleSimilarity());
    }
  }

  @Test
  void a_clause_pointing_to_another_indexed_policy_yields_to_its_rules() throws Exception {
    Policy it =
        PolicyParser.parse(
            "it-use",
            "it-use.txt",
            ("IT Use Policy\n\n1. Email\n\n1.1 Use your school email account for work.\n"
                    + "1.2 Posting about the school on personal social media accounts is covered by"
                    + " the Social Media Policy.\n")
                .getBytes());
    Policy social = PolicyParser.parse(Path.of("../policies/social-media-policy.md"));
    String question = "can I post about the school on my personal social media accounts?";
    try (PolicyIndex alone = PolicyIndex.build(List.of(it), SearchOptions.lexicalOnly())) {
      // Without the Social Media Policy the pointer is the best answer there is.
      assertEquals("1.2", alone.search(question, 5).hits().get(0).clause().id());
    }
    try (PolicyIndex both = PolicyIndex.build(List.of(it, social), SearchOptions.lexicalOnly())) {
      SearchHit best = both.search(question, 5).hits().get(0);
      assertEquals("social-media-policy", best.policy().id());
      List<SearchHit> hits = both.search(question, 50).hits();
      for (int i = 1; i < hits.size(); i++) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "hits stay in score order");
      }
    }
  }
}
