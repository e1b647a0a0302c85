package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;
import static org.policybot.index.parse.ParsedPolicies.parsePlainText;
import static org.policybot.index.parse.ParsedPolicies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.Section;

/**
 * Unnumbered headings inside a numbered section, each over its own "(a)" list: a common shape of
 * Word policies, which used to be refused ("2(a) appears twice") or quoted with the next heading as
 * the last words of a clause.
 */
class SubHeadingsTest {

  private static final String EXPENSES =
      """
      # Staff Expenses Policy

      ## 1. Introduction

      1.1 This policy explains how staff claim expenses.

      ## 2. Travel

      ### Mileage

      (a) Staff using their own car for work journeys may claim 45p per mile.
      (b) Journeys between home and the usual place of work cannot be claimed.

      ### Public transport

      (a) Standard class rail fares are reimbursed on production of a ticket.
      (b) Taxis may only be used when no public transport is available.

      ## 3. Subsistence

      Meals are reimbursed up to £10 when staff are away from base for over five hours.
      """;

  private static final List<String> EXPENSES_IDS =
      List.of(
          "1.1",
          "2(a) under Mileage",
          "2(b) under Mileage",
          "2(a) under Public transport",
          "2(b) under Public transport",
          "3");

  @Test
  void lists_that_start_again_under_markdown_sub_headings_are_told_apart_by_them()
      throws Exception {
    Policy p = parse(EXPENSES);
    assertEquals(EXPENSES_IDS, ids(p));
    assertEquals(
        "Taxis may only be used when no public transport is available.",
        text(p, "2(b) under Public transport"));
    Clause taxis = p.clause("2(b) under Public transport").orElseThrow();
    assertEquals("2", taxis.sectionId());
    assertEquals("Travel", taxis.sectionTitle());
    assertEquals("clause-2-b-under-public-transport", taxis.anchor());
    // The page draws both headings inside section 2, each above its own list.
    assertTrue(p.sections().contains(new Section("", "Mileage", 2, 9)), p.sections()::toString);
    assertTrue(
        p.sections().contains(new Section("", "Public transport", 2, 14)), p.sections()::toString);
    assertEquals(List.of(), p.unquoted());
  }

  @Test
  void bold_and_plain_text_sub_headings_over_a_new_list_read_the_same() throws Exception {
    String bold = EXPENSES.replaceAll("(?m)^### (.+)$", "**$1**");
    assertEquals(EXPENSES_IDS, ids(parse(bold)));
    String plain = EXPENSES.replaceAll("(?m)^#+ ", "");
    Policy p = parsePlainText(plain);
    assertEquals(EXPENSES_IDS, ids(p));
    // Not the last words of the clause above it, as a line before a new list used to be read.
    assertEquals(
        "Journeys between home and the usual place of work cannot be claimed.",
        text(p, "2(b) under Mileage"));
  }

  @Test
  void a_number_the_section_gives_once_is_quoted_as_it_is() throws Exception {
    Policy oneList =
        parse(
            EXPENSES
                .replace("### Public transport\n\n(a) Standard", "(c) Standard")
                .replace("(b) Taxis", "(d) Taxis"));
    assertEquals(List.of("1.1", "2(a)", "2(b)", "2(c)", "2(d)", "3"), ids(oneList));

    Policy lettersRunOn =
        parse(EXPENSES.replace("(a) Standard", "(c) Standard").replace("(b) Taxis", "(d) Taxis"));
    assertEquals(List.of("1.1", "2(a)", "2(b)", "2(c)", "2(d)", "3"), ids(lettersRunOn));
    assertEquals(
        "Standard class rail fares are reimbursed on production of a ticket.",
        text(lettersRunOn, "2(c)"));
  }

  @Test
  void the_section_s_own_text_keeps_its_number_and_text_under_a_heading_gets_the_heading()
      throws Exception {
    Policy p =
        parse(
            """
            # Staff Expenses Policy

            ## 2. Travel

            Claims are made on the expenses form within three months.

            ### Mileage

            Staff using their own car may claim 45p per mile.

            ## 3. Subsistence

            3.1 Meals are reimbursed up to £10.
            """);
    assertEquals(List.of("2", "2 under Mileage", "3.1"), ids(p));
    assertEquals("Staff using their own car may claim 45p per mile.", text(p, "2 under Mileage"));
  }

  @Test
  void the_same_heading_twice_over_the_same_letters_is_still_a_duplicate() {
    String twice = EXPENSES.replace("### Public transport", "### Mileage");
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(twice));
    assertTrue(e.getMessage().contains("clause 2(a) under Mileage appears twice"), e.getMessage());
  }

  @Test
  void a_short_line_before_a_new_list_in_a_numbered_paragraph_s_section_is_a_heading()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            Lone Working Policy

            4. Working alone

            4.1 Staff working alone must sign in at reception.

            Site staff

            (a) Caretakers carry a radio at all times.
            (b) Caretakers check in with the site manager every two hours.

            Office staff

            (a) Office staff do not work alone after 6pm.

            5. Review

            5.1 This policy is reviewed every two years.
            """);
    assertEquals(
        List.of(
            "4.1",
            "4(a) under Site staff",
            "4(b) under Site staff",
            "4(a) under Office staff",
            "5.1"),
        ids(p));
    assertEquals("Staff working alone must sign in at reception.", text(p, "4.1"));
  }

  @Test
  void example_questions_can_name_a_clause_by_its_number_and_heading() throws Exception {
    Policy p =
        parse(
            EXPENSES
                + """

                <!-- PolicyBot example questions:
                2(b) under Public transport: can I get a cab home from a trip
                2(a) under Mileage: how much do I get per mile
                -->
                """);
    assertEquals(
        List.of("2(b) under Public transport", "2(a) under Mileage"),
        p.examples().questions().stream().map(ExampleQuestion::clauseId).toList());
  }

  @Test
  void a_heading_with_a_colon_or_a_dash_is_written_so_example_lines_can_name_it() throws Exception {
    Policy p =
        parse(
            EXPENSES.replace("### Mileage", "### Mileage: own car")
                + """

                <!-- PolicyBot example questions:
                2(a) under Mileage, own car: how much do I get per mile
                -->
                """);
    assertEquals("2(a) under Mileage, own car", ids(p).get(1));
    assertEquals(
        List.of("2(a) under Mileage, own car"),
        p.examples().questions().stream().map(ExampleQuestion::clauseId).toList());
    // The page still shows the heading as written.
    assertTrue(p.sections().stream().anyMatch(s -> s.title().equals("Mileage: own car")));
  }

  @Test
  void two_headings_that_would_share_a_link_are_a_duplicate_not_two_clauses_with_one_anchor() {
    String clash =
        EXPENSES
            .replace("### Mileage", "### Mileage (own car)")
            .replace("### Public transport", "### Mileage - own car");
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(clash));
    assertTrue(
        e.getMessage().contains("clause 2(a) under Mileage, own car appears twice"),
        e.getMessage());
  }

  /**
   * A procedure's stages as headings without numbers, each over steps numbered from 1: the steps
   * are quoted with their numbers as written under their stage, not read as clauses 1, 2 and 3
   * (which clashed with sections 1 and 2, and refused the file at Stage 2's "1.").
   */
  @Test
  void steps_numbered_from_1_under_each_stage_heading_are_that_stage_s_list() throws Exception {
    Policy p =
        parse(
            """
            # Capability Procedure

            ## 2. Informal stage

            2.1 The line manager will meet the employee to discuss the concerns.

            ## 3. Formal procedure

            ### Stage 1: First formal meeting

            1. The employee will be given 5 working days' notice.
            2. If performance is unsatisfactory, a first written warning may be issued.

            ### Stage 2: Second formal meeting

            1. A second formal meeting will be held.
            2. A final written warning may be issued.

            ## 4. Appeals

            4.1 The employee may appeal within 10 working days.
            """);
    assertEquals(
        List.of(
            "2.1",
            "3 under Stage 1, First formal meeting",
            "3 under Stage 2, Second formal meeting",
            "4.1"),
        ids(p));
    assertEquals(
        "1. A second formal meeting will be held. 2. A final written warning may be issued.",
        text(p, "3 under Stage 2, Second formal meeting"));
  }

  /** Numbers that run on under the next heading are the policy's clause numbers, not steps. */
  @Test
  void numbers_that_run_on_across_headings_stay_clauses() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            ## 4. Types of leave

            ### Annual leave

            1. Staff are entitled to 25 days' annual leave a year.

            2. Leave must be booked two weeks in advance.

            ### Compassionate leave

            3. Up to five days' paid leave may be granted.
            """);
    assertEquals(List.of("1", "2", "3"), ids(p));
    assertEquals("Leave must be booked two weeks in advance.", text(p, "2"));
  }
}
