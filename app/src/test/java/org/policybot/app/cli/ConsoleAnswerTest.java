package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.testing.RelatedAnswers;
import org.policybot.core.testing.TestClauses;

class ConsoleAnswerTest {

  private static String render(CitedClause clause) {
    return ConsoleAnswer.render(
        new Answer(
            "id1",
            "q",
            AnswerStatus.ANSWERED,
            Optional.of(clause),
            List.of(),
            List.of(),
            "Clause " + clause.clauseId() + " says:",
            List.of()));
  }

  /** With a custom policies folder and no configured examples, help ended in an empty list. */
  @Test
  void help_without_examples_has_no_empty_example_list() {
    Answer help =
        new Answer(
            "id1",
            "",
            AnswerStatus.HELP,
            Optional.empty(),
            List.of(),
            List.of(),
            "Ask me.",
            List.of());
    assertEquals("Ask me.\n", ConsoleAnswer.render(help));
    Answer withExamples =
        new Answer(
            "id2",
            "",
            AnswerStatus.HELP,
            Optional.empty(),
            List.of(),
            List.of(),
            "Ask me.",
            List.of("Can I use Twitter at lunch?"));
    assertEquals(
        "Ask me.\n\nFor example:\n  policybot ask \"Can I use Twitter at lunch?\"\n",
        ConsoleAnswer.render(withExamples));
  }

  @Test
  void a_table_is_an_underlined_header_then_one_line_per_row_with_its_cells_apart() {
    assertTrue(
        render(TestClauses.maternityPay())
            .contains(
                """
                  "The pay an employee receives depends on her length of continuous service, as \
                set out in the table below.
                   Continuous service at the 11th week before the EWC — Occupational maternity pay
                   ------------------------------------------------------------------------
                   • Less than 26 weeks — No occupational pay. She may be entitled to Maternity \
                Allowance from the DWP.
                   • 26 weeks but less than one year (support staff) — SMP only: 6 weeks at 90% of \
                average weekly earnings, then 33 weeks at the standard rate.
                   • One year or more (teachers and support staff) — 4 weeks at full pay; 2 weeks \
                at 90% of a week's pay; 12 weeks at half pay plus SMP; then 21 weeks at the \
                standard rate of SMP."

                """),
        render(TestClauses.maternityPay()));
  }

  @Test
  void each_bullet_is_a_line_of_its_own_and_prose_stays_one_line() {
    assertTrue(
        render(TestClauses.signingIn())
            .contains(
                """
                  "Site staff opening or locking up a building must use the signing-in procedure \
                set out below.
                   • Sign in on the lone worker app on arrival
                   • Confirm the expected finish time
                   • Sign out on leaving the site"
                """),
        render(TestClauses.signingIn()));
    CitedClause prose =
        new CitedClause("p", "P", "V1", "1.1", "", "Staff must sign in.", "", "http://h/p#c");
    assertEquals(
        "P, clause 1.1\n\n  \"Staff must sign in.\"\n\nLink: http://h/p#c\nPolicy version: V1\n",
        render(prose),
        "a prose clause is quoted on one line, as before");
  }

  @Test
  void hostile_cells_and_items_are_printed_as_written_and_nothing_else_is_added() {
    String out = render(TestClauses.hostile());
    assertTrue(out.contains("   a | b — <script>alert(1)</script>\n"), out);
    assertTrue(out.contains("   • *bold* — Tom & Jerry\n"), out);
    assertTrue(out.contains("   • > not a quote — _x_\n"), out);
    for (String item : TestClauses.HOSTILE) {
      assertTrue(out.contains("   • " + item + "\n") || out.contains("   • " + item + "\""), item);
    }
  }

  @Test
  void a_related_clause_of_another_policy_is_named_by_that_policy_and_one_of_the_same_by_section() {
    String out = ConsoleAnswer.render(RelatedAnswers.answer());
    assertTrue(
        out.contains(
            "Related:\n"
                + "  8.3 (Confidentiality and Data Protection):"
                + " http://localhost:8080/policies/code-of-conduct-policy#clause-8-3\n"
                + "  5.1 (Data *Protection* & <IT> Policy [Staff]):"
                + " http://localhost:8080/policies/data-protection-and-it-policy#clause-5-1\n"),
        out);
  }
}
