package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * A Markdown ordered list ("1." "2." "3.") under a paragraph ending in a colon is that paragraph's
 * list, as a "1)" list is: its numbers are not clause numbers. Read as clauses 1, 2 and 3, a second
 * such list refused the whole file.
 */
class LeadInListsTest {

  private static Clause clause(Policy p, String id) {
    return p.clause(id).orElseThrow(() -> new AssertionError(id + " in " + ids(p)));
  }

  @Test
  void ordered_items_under_a_lead_in_stay_in_their_paragraph_as_written() throws Exception {
    Policy p =
        parse(
            """
            ## 1. Informal Stage

            1.1 Before the formal procedure starts, the headteacher will:

            1. Meet the teacher to discuss the concerns.
            2. Agree targets and the support that will be provided.
            3. Set a review period of between four and six weeks.

            1.2 If there is sufficient improvement the process will end.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    Clause c = clause(p, "1.1");
    assertEquals(
        "Before the formal procedure starts, the headteacher will: 1. Meet the teacher to discuss"
            + " the concerns. 2. Agree targets and the support that will be provided. 3. Set a"
            + " review period of between four and six weeks.",
        c.text());
    assertEquals(
        List.of(
            new Block.Prose("Before the formal procedure starts, the headteacher will:"),
            new Block.ItemList(
                List.of(
                    "1. Meet the teacher to discuss the concerns.",
                    "2. Agree targets and the support that will be provided.",
                    "3. Set a review period of between four and six weeks."),
                true)),
        c.blocks());
  }

  @Test
  void a_second_list_in_another_section_is_not_a_duplicate_clause() throws Exception {
    Policy p =
        parse(
            """
            # Capability Procedure

            ## 1. Informal Stage

            1.1 The headteacher will:

            1. Meet the teacher.
            2. Agree targets.

            ## 2. Formal Stage

            2.1 At the formal meeting the panel will:

            1. Review the evidence.
            2. Decide the outcome.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals(
        "At the formal meeting the panel will: 1. Review the evidence. 2. Decide the outcome.",
        clause(p, "2.1").text());
  }

  @Test
  void a_loose_list_in_lower_case_is_the_lead_in_s_list_too() throws Exception {
    Policy p =
        parse(
            """
            ## 1. Travel

            1.1 Staff may claim mileage when they:

            1. use their own car for a school trip;

            2. travel between schools in the Trust; or

            3. attend training away from their usual school.

            1.2 Mileage is paid at 45p a mile.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals(
        List.of(
            new Block.Prose("Staff may claim mileage when they:"),
            new Block.ItemList(
                List.of(
                    "1. use their own car for a school trip;",
                    "2. travel between schools in the Trust; or",
                    "3. attend training away from their usual school."),
                true)),
        clause(p, "1.1").blocks());
  }

  @Test
  void a_tight_lower_case_list_keeps_its_items_and_their_wrapped_lines() throws Exception {
    Policy p =
        parse(
            """
            1. Travel
            1.1 Staff may claim mileage when they:
            1. use their own car for a school
            trip; or
            2. travel between schools.
            1.2 Mileage is paid at 45p a mile.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals(
        new Block.ItemList(
            List.of("1. use their own car for a school trip; or", "2. travel between schools."),
            true),
        clause(p, "1.1").blocks().get(1));
  }

  @Test
  void the_next_section_number_after_a_list_still_starts_its_section() throws Exception {
    Policy p =
        parse(
            """
            1. Informal Stage
            1.1 The headteacher will:
            1. Meet the teacher.
            2. Formal Stage
            2.1 The panel meets within ten days.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals("Formal Stage", clause(p, "2.1").sectionTitle());
    assertEquals("The headteacher will: 1. Meet the teacher.", clause(p, "1.1").text());
  }

  @Test
  void flat_numbered_clauses_after_a_colon_are_still_clauses() throws Exception {
    Policy p =
        parse(
            """
            # Staff Code of Conduct

            ## Dress

            1. Staff must dress in a way that suits their work, for example:

            2. Jeans are not allowed except on non-uniform days.
            3. Trainers are allowed for PE staff.
            """);
    assertEquals(List.of("1", "2", "3"), ids(p));
  }

  @Test
  void a_procedure_with_steps_lettered_items_and_bullets_keeps_each_in_its_clause()
      throws Exception {
    Policy p = PolicyParserTest.fixture("capability-steps.md");
    assertEquals(
        List.of("1.1", "1.2", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "2.2", "3.1", "3.2"), ids(p));
    assertEquals("December 2027", p.metadata().reviewDate());
    assertEquals(
        new Block.ItemList(
            List.of(
                "1. Meet the teacher to discuss the concerns.",
                "2. Agree targets and the support that will be provided.",
                "3. Set a review period of between four and six weeks."),
            true),
        clause(p, "1.1").blocks().get(1));
    assertEquals(
        "the possible outcomes of the meeting, which are: (i) no further action; (ii) a first"
            + " written warning; or (iii) a final written warning.",
        clause(p, "2.1(c)").text());
  }

  @Test
  void in_flat_numbering_the_next_clause_after_a_lead_in_list_is_a_clause() throws Exception {
    // Found in review: read as the list's item 2, clause 2 was lost with no error.
    Policy p =
        PolicyParser.parse(
            "p",
            "p.md",
            """
            # Code of Conduct

            ## Standards

            1. Staff must always:

            1. treat pupils with respect.

            2. Staff must not accept gifts worth more than £25.

            3. Staff must declare any conflict of interest.
            """
                .getBytes(UTF_8));
    assertEquals(List.of("1", "2", "3"), p.clauses().stream().map(c -> c.id()).toList());
    assertEquals(
        "Staff must not accept gifts worth more than £25.", p.clause("2").orElseThrow().text());
  }

  @Test
  void capitalised_items_stay_items_when_the_clause_of_that_number_comes_later() throws Exception {
    Policy p =
        PolicyParser.parse(
            "p",
            "p.md",
            """
            # Code of Conduct

            ## Standards

            1. All staff must:

            1. Treat pupils with respect.
            2. Observe proper professional boundaries.

            2. Staff must not accept gifts worth more than £25.
            """
                .getBytes(UTF_8));
    assertEquals(List.of("1", "2"), p.clauses().stream().map(c -> c.id()).toList());
    assertTrue(p.clause("1").orElseThrow().text().contains("Observe proper professional"));
  }

  @Test
  void a_section_heading_in_title_case_after_a_list_is_not_its_next_item() throws Exception {
    Policy p =
        PolicyParser.parse(
            "p",
            "p.md",
            """
            # Leave Policy

            ## 2. Scope

            2.1 This policy applies to:

            1. teachers;
            2. support staff.

            3. Related Policies

            The attendance policy covers sickness.
            """
                .getBytes(UTF_8));
    assertEquals(List.of("2.1", "3"), p.clauses().stream().map(c -> c.id()).toList());
    assertEquals("The attendance policy covers sickness.", p.clause("3").orElseThrow().text());
  }
}
