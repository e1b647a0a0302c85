package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;

class ExampleQuestionsParseTest {

  private static final String POLICY =
      """
      # LEAVE POLICY

      ## 1. REQUESTS

      - a. Ask your line manager for leave in writing.
      - b. Requests need two weeks' notice.

      ## 2. APPROVAL

      2.1 The headteacher approves leave during term time.
      <!-- HR note: check this wording
      with the unions before September. -->
      2.2 Leave is not approved during examinations.
      """;

  private static Policy parse(String text) throws PolicyFormatException {
    return PolicyParser.parse("leave", "leave.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_comment_over_several_lines_is_never_quoted_and_later_lines_keep_their_numbers()
      throws Exception {
    Policy p = parse(POLICY);
    assertEquals(List.of("1(a)", "1(b)", "2.1", "2.2"), ids(p));
    Clause approval = p.clause("2.1").orElseThrow();
    assertEquals("The headteacher approves leave during term time.", approval.text());
    assertEquals(13, p.clause("2.2").orElseThrow().line());
    assertEquals(ExampleQuestions.NONE, p.examples());
  }

  @Test
  void the_example_block_is_read_under_the_clause_numbers_as_the_policy_writes_them()
      throws Exception {
    Policy p =
        parse(
            POLICY
                + """

                <!-- PolicyBot example questions: the clause number, a colon, the question.
                1.b: how far ahead do I have to ask for time off?
                1(a) - who do I ask if I want a day off
                2.1: can the head say no to my holiday?

                2.2 | can I take leave in exam season
                -->
                """);
    assertEquals(List.of("1(a)", "1(b)", "2.1", "2.2"), ids(p));
    assertEquals(
        List.of(
            new ExampleQuestion("1(b)", "how far ahead do I have to ask for time off?", 16),
            new ExampleQuestion("1(a)", "who do I ask if I want a day off", 17),
            new ExampleQuestion("2.1", "can the head say no to my holiday?", 18),
            new ExampleQuestion("2.2", "can I take leave in exam season", 20)),
        p.examples().questions());
    assertEquals(List.of("can the head say no to my holiday?"), p.examples().about("2.1"));
    assertTrue(p.examples().unreadableLines().isEmpty());
    for (Clause c : p.clauses()) {
      assertFalse(c.text().contains("holiday?"), c.id() + " quotes an example: " + c.text());
    }
  }

  @Test
  void unreadable_example_lines_and_unknown_clause_numbers_are_kept_for_the_check()
      throws Exception {
    Policy p =
        parse(
            POLICY
                + """
                <!-- PolicyBot example questions
                1b how far ahead do I ask?
                9.9: is there leave for moving house?
                Questions staff marked not helpful go here.
                -->
                """);
    assertEquals(List.of(15), p.examples().unreadableLines());
    assertEquals(
        List.of(new ExampleQuestion("9.9", "is there leave for moving house?", 16)),
        p.examples().questions());
  }

  @Test
  void questions_left_without_a_clause_number_are_kept_for_the_check_not_used() throws Exception {
    // As `policybot examples --from-log` prints them: a note, then ": question" for HR to number.
    Policy p =
        parse(
            POLICY
                + """
                <!-- PolicyBot example questions
                Asked twice, not covered. Closest: 2.1 (Leave).
                : can I take a day off to move house?
                2.1: can the head say no to my holiday?
                :   what about my sister's wedding
                :
                : 3 days off sick, do I need a note?
                : "Uber" rides home ok?
                -->
                """);
    assertEquals(List.of(16, 18, 20, 21), p.examples().unnumberedLines());
    assertTrue(p.examples().unreadableLines().isEmpty());
    assertEquals(
        List.of(new ExampleQuestion("2.1", "can the head say no to my holiday?", 17)),
        p.examples().questions());
  }

  @Test
  void an_unclosed_comment_is_refused_at_its_line() {
    PolicyFormatException e =
        assertThrows(
            PolicyFormatException.class,
            () -> parse(POLICY.replace("2.2 Leave", "<!-- draft: 2.2 Leave")));
    assertEquals(13, e.line());
    assertTrue(e.getMessage().contains("never closed with '-->'"), e.getMessage());
  }

  @Test
  void a_note_inside_a_sentence_leaves_the_sentence_whole_and_its_line_number_right()
      throws Exception {
    Policy p =
        parse(
            """
            # LEAVE POLICY

            ## 1. REQUESTS

            1.1 Staff must give <!-- was: ten working days'
            --> five working days' notice of leave.
            1.2 Staff must inform the headteacher<!-- and the governors -->.

            1.3 Approval <!--> is given <!---> in writing.
            """);
    assertEquals(List.of("1.1", "1.2", "1.3"), ids(p));
    assertEquals(
        "Staff must give five working days' notice of leave.",
        p.clause("1.1").orElseThrow().text());
    assertEquals(5, p.clause("1.1").orElseThrow().line());
    assertEquals("Staff must inform the headteacher.", p.clause("1.2").orElseThrow().text());
    assertEquals(7, p.clause("1.2").orElseThrow().line());
    assertEquals("Approval is given in writing.", p.clause("1.3").orElseThrow().text());
    assertEquals(9, p.clause("1.3").orElseThrow().line());
  }

  @Test
  void a_comment_left_open_before_another_is_refused_rather_than_hiding_clauses() {
    PolicyFormatException e =
        assertThrows(
            PolicyFormatException.class,
            () ->
                parse(
                    POLICY.replace(
                        "2.1 The headteacher", "<!-- TODO: reword\n2.1 The headteacher")));
    assertEquals(10, e.line());
  }

  @Test
  void a_dash_glued_to_the_number_is_not_read_as_a_separator() throws Exception {
    Policy p =
        parse(
            POLICY
                + """
                <!-- PolicyBot example questions
                1-b: how much notice?
                1(b) - how much notice do I give?
                -->
                """);
    assertEquals(List.of(15), p.examples().unreadableLines());
    assertEquals(List.of("how much notice do I give?"), p.examples().about("1(b)"));
  }

  @Test
  void the_bundled_policy_has_example_questions_for_every_clause() throws Exception {
    Policy p = PolicyParser.parse(PolicyParserTest.SEED);
    for (Clause c : p.clauses()) {
      assertFalse(p.examples().about(c.id()).isEmpty(), c.id() + " has no example questions");
    }
    assertTrue(p.examples().unreadableLines().isEmpty());
  }
}
