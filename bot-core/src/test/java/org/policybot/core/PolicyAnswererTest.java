package org.policybot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.index.Block;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

class PolicyAnswererTest {

  static Policy seed;
  static PolicyAnswerer answerer;

  /** Answers from {@link #EXPENSES} alone. */
  static PolicyAnswerer expenses;

  @BeforeAll
  static void build() throws Exception {
    seed = PolicyParser.parse(Path.of("../policies/social-media-policy.md"));
    answerer =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(seed))), AnswerSettings.defaults());
    Policy p = PolicyParser.parse("expenses-policy", "expenses-policy.md", EXPENSES.getBytes());
    expenses =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(p))), AnswerSettings.defaults());
  }

  @Test
  void quotes_the_befriending_clause_verbatim_with_its_link() {
    Answer a = answerer.answer("Can I be friends with my students on Facebook?");
    assertEquals(AnswerStatus.ANSWERED, a.status());
    CitedClause c = a.clause().orElseThrow();
    assertEquals("4.6(c)", c.clauseId());
    assertEquals("Protecting Our Partners", c.section());
    assertEquals("Social Media Policy", c.policyTitle());
    assertEquals("V1.0", c.version());
    assertEquals(seed.clause("4.6(c)").orElseThrow().text(), c.text());
    assertEquals("http://localhost:8080/policies/social-media-policy#clause-4-6-c", c.url());
    assertTrue(a.related().size() <= 2);
    assertFalse(a.candidates().isEmpty());
    assertTrue(a.candidates().size() <= 5);
    assertEquals("4.6(c)", a.candidates().get(0).clauseId());
  }

  @Test
  void says_not_covered_and_quotes_nothing_when_the_policy_is_silent() {
    Answer a = answerer.answer("How much annual leave do I have?");
    assertEquals(AnswerStatus.NOT_COVERED, a.status());
    assertTrue(a.clause().isEmpty());
    assertTrue(a.related().isEmpty());
    assertTrue(a.message().contains("your HR team"), a.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"what's on the lunch menu?", "whats for lunch today", "what time is lunch"})
  void the_time_of_day_alone_does_not_make_a_question_about_the_use_at_work_clause(String q) {
    Answer a = answerer.answer(q);
    assertEquals(AnswerStatus.NOT_COVERED, a.status(), () -> a.clause().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"can i tweet at lunch", "Can I use Twitter at lunch?"})
  void social_media_at_lunch_is_still_the_use_at_work_clause(String q) {
    assertEquals("4.8(b)", answerer.answer(q).clause().orElseThrow().clauseId());
  }

  @Test
  void an_example_question_lets_the_bot_answer_what_the_clause_words_alone_do_not() {
    String question = "I'm reviewing a cookbook on my blog that my husband co-wrote, must I say?";
    Policy bare = seed.withExamples(ExampleQuestions.NONE);
    PolicyAnswerer without =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(bare))), AnswerSettings.defaults());
    assertEquals(AnswerStatus.NOT_COVERED, without.answer(question).status());

    ExampleQuestions asked =
        new ExampleQuestions(
            List.of(
                new ExampleQuestion(
                    "4.4(b)",
                    "my wife wrote the book I'm reviewing on my blog, do I mention it?",
                    1)),
            List.of());
    PolicyAnswerer with =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(bare.withExamples(asked)))),
            AnswerSettings.defaults());
    Answer a = with.answer(question);
    assertEquals(AnswerStatus.ANSWERED, a.status());
    assertEquals("4.4(b)", a.clause().orElseThrow().clauseId());
    // The quote is the clause, never the example.
    assertEquals(seed.clause("4.4(b)").orElseThrow().text(), a.clause().orElseThrow().text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "help", "HELP!", "?", "\u0000\u0001"})
  void empty_or_help_messages_get_usage_with_examples(String question) {
    Answer a = answerer.answer(question);
    assertEquals(AnswerStatus.HELP, a.status());
    assertFalse(a.examples().isEmpty());
    assertTrue(a.candidates().isEmpty());
  }

  /**
   * "site" is in many of the policy's clauses ("social networking sites") and "smoke" in none, so
   * the clause about breaks does not cover half of the question (docs/quality.md).
   */
  @ParameterizedTest
  @ValueSource(strings = {"can I smoke on site", "can I park on site?"})
  void a_common_policy_word_used_in_another_sense_is_not_half_the_question(String question) {
    assertEquals(AnswerStatus.NOT_COVERED, answerer.answer(question).status(), question);
  }

  /** Before, "made" and "real" met 4.4(b) and 4.4(a) ("use your real name"), which were quoted. */
  /**
   * Before, "thanks thats really helpful!" met a clause about help for staff and was quoted, on two
   * of the held-out policies.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "thanks thats really helpful!",
        "Thank you so much, that's really useful 🙏",
        "cheers",
        "ok great thanks",
        "ta x",
        "perfect, that's what I needed to know",
        "thanks for getting back to me",
        "that answers my question, thanks",
        "thank you very much indeed",
        "thanks, that is really helpful!",
        "that is helpful, thanks",
        "thank you, this is very useful"
      })
  void thanks_get_a_short_reply_and_no_quote(String message) {
    Answer a = answerer.answer(message);
    assertEquals(AnswerStatus.ACKNOWLEDGED, a.status(), message);
    assertTrue(a.clause().isEmpty());
    assertTrue(a.candidates().isEmpty());
    assertTrue(a.message().startsWith("You're welcome"), a.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "thanks, can I use twitter at lunch?",
        "thanks! twitter at lunch ok",
        "is a thank you present from a parent ok",
        "what is a TA",
        "thanks, is that right",
        "ok thanks, what do I do",
        "thanks, it is ok to use twitter at lunch",
        "that is helpful but is it the same for support staff",
        "thanks, it is ok for me to do that",
        "so that is ok to do thanks",
        "thanks, so that is a yes"
      })
  void a_question_with_thanks_in_it_is_still_a_question(String question) {
    assertTrue(answerer.answer(question).status() != AnswerStatus.ACKNOWLEDGED, question);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "who made you?",
        "Who built this bot",
        "are you a real person?",
        "r u a bot",
        "are you human or a robot?",
        "who are you",
        "what’s your name?"
      })
  void questions_about_the_bot_get_usage_not_a_quote(String question) {
    assertEquals(AnswerStatus.HELP, answerer.answer(question).status(), question);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "are you allowed to use your real name on twitter?",
        "who made the rules about befriending ex-students?"
      })
  void policy_questions_that_start_like_one_about_the_bot_are_answered(String question) {
    assertEquals(AnswerStatus.ANSWERED, answerer.answer(question).status(), question);
  }

  @Test
  void a_question_cut_short_says_only_its_start_was_read() {
    String padded = "please help me. ".repeat(130) + "can I use twitter at lunch?";
    Answer cut = answerer.answer(padded);
    assertTrue(
        cut.message().startsWith("I read only the first 2,000 characters of your question. "),
        cut.message());
    assertEquals(2_000, cut.question().length());

    Answer whole = answerer.answer("can I use twitter at lunch?   " + " ".repeat(3_000));
    assertFalse(
        whole.message().startsWith("I read only"), "spaces are not words: " + whole.message());
  }

  @Test
  void null_is_treated_as_empty() {
    assertEquals(AnswerStatus.HELP, answerer.answer(null).status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AND OR NOT * ? ~ ^ : \" ( ) [ ] { } \\ /",
        "<script>alert(1)</script>",
        "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
        "\u202eesrever\u0007\u001b",
        "hello"
      })
  void hostile_or_chatty_input_gets_an_answer_or_not_covered(String question) {
    Answer a = answerer.answer(question);
    assertTrue(
        a.status() == AnswerStatus.ANSWERED || a.status() == AnswerStatus.NOT_COVERED,
        a.toString());
  }

  @Test
  void a_ten_thousand_character_question_is_cut_and_answered() {
    Answer a = answerer.answer("Can I use social media at lunch? ".repeat(320));
    assertEquals(AnswerStatus.ANSWERED, a.status());
    assertTrue(a.question().length() <= 2_000);
  }

  @Test
  void a_clause_number_in_the_question_quotes_that_clause() {
    assertEquals(
        "4.6(c)", answerer.answer("what does 4.6(c) say?").clause().orElseThrow().clauseId());
    assertEquals(
        "4.9(b)", answerer.answer("show me clause 4.9b").clause().orElseThrow().clauseId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4.6(c)",
        "4.6c",
        "4.6.c",
        "what does 4.6(c) say?",
        "section 4.6 (c)",
        "para 4.6c please",
        "clause 4.6.c"
      })
  void a_clause_asked_for_by_number_is_quoted(String question) {
    assertEquals("4.6(c)", answerer.answer(question).clause().orElseThrow().clauseId());
  }

  /**
   * A corrected word counts a little less than a typed one, but alone it still shows what the
   * question is about. A float weight of 0.7 once widened to 0.69999998, just under the 0.7 a
   * clause must express, and such questions were declined.
   */
  @ParameterizedTest
  @ValueSource(strings = {"mielage?", "what about mielage", "standrd class?"})
  void a_question_whose_one_specific_word_is_misspelt_is_answered(String question) {
    Answer a = expenses.answer(question);
    assertEquals(AnswerStatus.ANSWERED, a.status(), question);
    assertEquals(question.contains("class") ? "1.2" : "1.1", a.clause().orElseThrow().clauseId());
  }

  /** Section 2 has prose and no numbered paragraphs, so its clause is "2". */
  private static final String EXPENSES =
      """
      # Expenses Policy

      ## 1. Travel

      1.1 Mileage is paid at 45p per mile.

      1.2 Rail travel must be standard class.

      ## 2. Monitoring and Review

      This policy will be reviewed by the Finance Committee every two years.
      """;

  @Test
  void a_quoted_clause_carries_its_table_for_the_channels_to_lay_out() throws Exception {
    Policy pay =
        PolicyParser.parse(
            "maternity-policy",
            "maternity-policy.md",
            """
            # Maternity Policy

            ## 4. Maternity Pay

            4.3 Pay during leave is summarised as follows:

            | Weeks of leave | Payment |
            |---|---|
            | 1–4 | Full pay |
            | 5–6 | 90% of a week's pay |
            """
                .getBytes(StandardCharsets.UTF_8));
    PolicyAnswerer a =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(pay))), AnswerSettings.defaults());
    CitedClause c = a.answer("clause 4.3").clause().orElseThrow();
    assertEquals(pay.clause("4.3").orElseThrow().blocks(), c.blocks());
    assertFalse(c.isProse());
    assertEquals(
        new Block.Table(
            List.of("Weeks of leave", "Payment"),
            List.of(List.of("1–4", "Full pay"), List.of("5–6", "90% of a week's pay"))),
        c.blocks().get(1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "clause 2",
        "what does clause 2 say?",
        "Section 2 please",
        "show me paragraph 2",
        "\u00A7 2"
      })
  void a_top_level_clause_named_as_a_clause_by_its_bare_number_is_quoted(String question) {
    Answer a = expenses.answer(question);
    assertEquals(AnswerStatus.ANSWERED, a.status(), a.toString());
    assertEquals("2", a.clause().orElseThrow().clauseId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"can I take 2 days off?", "what does 2 say?", "is item 2 on the agenda?"})
  void a_bare_number_not_named_as_a_clause_is_not_a_clause_reference(String question) {
    Answer a = expenses.answer(question);
    assertFalse(a.clause().map(c -> c.clauseId().equals("2")).orElse(false), a.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is the dress code for 2a staff?",
        "How much annual leave comes with a 3a contract?",
        "Can I run a 4.2 mile fun run for charity?",
        // "…, what is the lunch menu?" was here until lunch became a word of time: "gcse" and
        // "grade" then put 4.1(b) (student information) first, a wrong quote noted in
        // docs/quality.md. The number itself still bypasses nothing.
        "my gcse grade was 4.4, what's the dress code?"
      })
  void a_number_that_is_not_a_clause_reference_does_not_bypass_not_covered(String question) {
    Answer a = answerer.answer(question);
    assertEquals(AnswerStatus.NOT_COVERED, a.status(), a.toString());
  }

  @Test
  void answers_do_not_depend_on_the_default_locale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Answer a = answerer.answer("CAN I USE TWITTER AT LUNCH? IS IT PERMITTED IN BREAK TIME?");
      assertEquals("4.8(b)", a.clause().orElseThrow().clauseId());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void a_repeated_question_gets_the_same_answer_under_a_new_id() {
    Answer first = answerer.answer("Can I use social media at lunch?");
    Answer again = answerer.answer("Can I use social media at lunch?");
    assertEquals(first.clause(), again.clause());
    assertEquals(first.candidates(), again.candidates());
    assertFalse(first.id().equals(again.id()));
  }

  @Test
  void an_answer_asked_before_a_publish_is_not_repeated_after_it() throws Exception {
    String v2 =
        "# Social Media Policy\n\n**Version:** V2.0\n\n## 4.8 Use At Work\n\n- b. Social media may be used at lunch only on personal devices.\n";
    PolicyLibrary library = new PolicyLibrary(PolicyIndex.build(List.of(seed)));
    PolicyAnswerer local = new PolicyAnswerer(library, AnswerSettings.defaults());
    assertEquals(
        "V1.0", local.answer("Can I use social media at lunch?").clause().orElseThrow().version());
    library.publish(
        PolicyIndex.build(
            List.of(PolicyParser.parse("social-media-policy", "s.md", v2.getBytes()))));
    assertEquals(
        "V2.0", local.answer("Can I use social media at lunch?").clause().orElseThrow().version());
  }

  @Test
  void a_published_index_is_used_by_the_next_question() throws Exception {
    String v2 =
        "# Social Media Policy\n\n**Version:** V2.0\n\n## 4.8 Use At Work\n\n- b. Social media may be used at lunch only on personal devices.\n";
    Policy next =
        PolicyParser.parse("social-media-policy", "social-media-policy.md", v2.getBytes());
    PolicyLibrary library = new PolicyLibrary(PolicyIndex.build(List.of(seed)));
    PolicyAnswerer local = new PolicyAnswerer(library, AnswerSettings.defaults());
    library.publish(PolicyIndex.build(List.of(next)));
    CitedClause c = local.answer("Can I use social media at lunch?").clause().orElseThrow();
    assertEquals("V2.0", c.version());
    assertEquals("Social media may be used at lunch only on personal devices.", c.text());
  }

  @Test
  void answer_ids_are_always_twelve_hex_digits() {
    assertEquals("000000000abc", PolicyAnswerer.idOf(0xabcL));
    assertEquals("ffffffffffff", PolicyAnswerer.idOf(-1L));
    assertEquals("000000000000", PolicyAnswerer.idOf(0xFFFF000000000000L));
  }
}
