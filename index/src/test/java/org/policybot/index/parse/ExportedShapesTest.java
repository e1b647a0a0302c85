package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;
import static org.policybot.index.parse.ParsedPolicies.parsePlainText;
import static org.policybot.index.parse.ParsedPolicies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

/**
 * Policies as Word, PDF and email exports leave them: tabs after numbers, page footers, running
 * headers, lists numbered "1)", headings without numbers. Each case was once a truncated quote, a
 * quote with a footer glued on, a phantom clause or a refused file.
 */
class ExportedShapesTest {

  private static final String HEADER =
      """
      Expenses Policy
      Owner: HR Manager
      Version: 1.0

      """;

  @Test
  void a_tab_after_a_dotted_number_starts_a_clause_however_short() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "1. Travel\n1.1\tRail travel must be standard class.\n1.2\tFirst class is not"
                + " paid.\n2. Subsistence\n2.1\tAlcohol is not paid.\n2.2\tTips are not paid.\n");
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), ids(p));
    assertEquals("First class is not paid.", text(p, "1.2"));
  }

  @Test
  void a_pipe_table_with_numbers_in_its_first_column_stays_a_table() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "1. Rates\n1.1 Mileage is paid at these rates:\n| 1 | Car |\n| 2 | Bicycle |\n");
    assertEquals(List.of("1.1"), ids(p));
  }

  @Test
  void page_numbers_and_running_headers_of_a_pdf_export_are_not_quoted() throws Exception {
    String header = "Riverside Learning Partnership          Grievance Policy v4.2\n";
    Policy p =
        parsePlainText(
            HEADER
                + "1. Formal Stage\n\n1.1 A grievance must be put in writing and should set out\n\n"
                + header
                + "Page 3 of 12\n\nthe facts on which it is based.\n\n1.2 A meeting is held within"
                + " 10 working days.\n\n"
                + header
                + "Page 4 of 12\n\n2. Appeal\n\n2.1 You may appeal within 10 days.\n\n"
                + header
                + "- 5 -\n");
    assertEquals(List.of("1.1", "1.2", "2.1"), ids(p));
    assertEquals(
        "A grievance must be put in writing and should set out the facts on which it is based.",
        text(p, "1.1"));
    assertEquals("A meeting is held within 10 working days.", text(p, "1.2"));
    assertEquals("You may appeal within 10 days.", text(p, "2.1"));
  }

  @Test
  void a_short_joining_line_that_repeats_is_kept() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "1. Leave\n1.1 Leave may be taken for a wedding\nor\na funeral.\n1.2 It may be"
                + " taken for a move\nor\na birth.\n1.3 It may be unpaid\nor\npaid.\n");
    assertEquals("Leave may be taken for a wedding or a funeral.", text(p, "1.1"));
    assertEquals("It may be unpaid or paid.", text(p, "1.3"));
  }

  @Test
  void a_line_starting_with_a_number_that_cannot_be_the_next_clause_carries_on() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "4. Formal Stage\n4.2 A meeting is arranged within 10 working days.\n2 weeks'"
                + " notice is not needed, but 5 days' notice is given.\n4.3 The outcome is sent in"
                + " writing.\n");
    assertEquals(List.of("4.2", "4.3"), ids(p));
    assertEquals(
        "A meeting is arranged within 10 working days. 2 weeks' notice is not needed, but 5 days'"
            + " notice is given.",
        text(p, "4.2"));
  }

  @Test
  void items_numbered_1_2_3_under_a_lead_in_stay_in_their_paragraph_as_written() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "3. Considering a Request\n\n3.1 A request may be refused for these reasons:\n\n"
                + "1) the burden of additional costs;\n2) an inability to recruit staff;\n"
                + "3) a detrimental impact on pupils;\n4) planned structural changes.\n\n"
                + "3.2 The decision is given in writing.\n\n4. Appeals\n\n4.1 You may appeal.\n");
    assertEquals(List.of("3.1", "3.2", "4.1"), ids(p));
    assertEquals(
        "A request may be refused for these reasons: 1) the burden of additional costs; 2) an"
            + " inability to recruit staff; 3) a detrimental impact on pupils; 4) planned"
            + " structural changes.",
        text(p, "3.1"));
  }

  @Test
  void dashes_and_colons_after_numbers_and_clause_or_section_words_before_them_go()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            # Staff Expenses Policy

            ## Section 1 – General Principles

            Clause 1.1 The Trust will reimburse expenses necessarily incurred.
            Clause 1.2 Claims must be submitted within three months.

            ## Section 2 – Requests

            2.1 – An employee may make two requests a year.
            2.2 - A request must be made in writing.
            2.3: Requests from teachers should be made by 31 March.
            """);
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3"), ids(p));
    assertEquals("General Principles", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals("A request must be made in writing.", text(p, "2.2"));
    assertEquals("Requests from teachers should be made by 31 March.", text(p, "2.3"));
  }

  @Test
  void a_heading_without_a_number_between_clauses_is_not_glued_onto_the_clause_above()
      throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "8. Long-Term Absence\n\n8.1 Long-term absence lasts four weeks or more.\n\n"
                + "Keeping in Touch\n\n8.2 Your manager will call every two weeks.\n\n"
                + "8.3 Staff must:\n\nReply to the call\n\n9. Returning\n\n9.1 A phased return"
                + " may be agreed.\n");
    assertEquals("Long-term absence lasts four weeks or more.", text(p, "8.1"));
    assertEquals("Your manager will call every two weeks.", text(p, "8.2"));
    // After a lead-in ending in a colon, a short line is the lead-in's content, not a heading.
    assertEquals("Staff must: Reply to the call", text(p, "8.3"));
  }

  @Test
  void a_sentence_case_heading_between_clauses_is_not_quoted_with_the_clause_above()
      throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "8. Long-term absence\n\n8.1 Long-term absence lasts four weeks or more.\n\n"
                + "Returning to work after a long absence\n\n8.2 A phased return may be agreed."
                + "\n\nMaking a request\n\n8.3 Requests go to the headteacher.\n");
    assertEquals("Long-term absence lasts four weeks or more.", text(p, "8.1"));
    assertEquals("A phased return may be agreed.", text(p, "8.2"));
    // The headings are kept for the policy page, one level below their section, at their line;
    // the clauses under them keep their section's number and title.
    assertTrue(
        p.sections().contains(new Section("", "Returning to work after a long absence", 2, 9)),
        p.sections()::toString);
    assertTrue(
        p.sections().contains(new Section("", "Making a request", 2, 13)), p.sections()::toString);
    assertEquals("Long-term absence", p.clause("8.3").orElseThrow().sectionTitle());
  }

  @Test
  void a_short_qualifier_or_instruction_after_a_clause_stays_in_its_quote() throws Exception {
    // Each line below could be a heading by its length and its place, but dropping it would change
    // what the clause says: when in doubt the words stay in the quote.
    Policy p =
        parsePlainText(
            HEADER
                + "1. Leave\n\n1.1 Staff receive 28 days of annual leave.\n\nThis applies to"
                + " term-time staff only\n\n1.2 Leave is booked with the office.\n\nSubject to"
                + " the headteacher's agreement\n\n1.3 Overtime is paid monthly.\n\nOvertime"
                + " requires prior written approval\n\n1.4 Concerns go to the HR team.\n\n"
                + "Contact your manager first\n\n1.5 Staff may call the helpline.\n\nStaff must"
                + " not smoke on site\n\n1.6 Travel is reimbursed from the usual base.\n\n- Travel"
                + " by public transport\n\n1.7 Cover is arranged by the office.\n\nProviding the"
                + " headteacher agrees\n\n1.8 Including agency staff\n");
    assertEquals(
        "Staff receive 28 days of annual leave. This applies to term-time staff only",
        text(p, "1.1"));
    assertEquals(
        "Leave is booked with the office. Subject to the headteacher's agreement", text(p, "1.2"));
    assertEquals(
        "Overtime is paid monthly. Overtime requires prior written approval", text(p, "1.3"));
    assertEquals("Concerns go to the HR team. Contact your manager first", text(p, "1.4"));
    assertEquals("Staff may call the helpline. Staff must not smoke on site", text(p, "1.5"));
    assertEquals(
        "Travel is reimbursed from the usual base. Travel by public transport", text(p, "1.6"));
    assertEquals(
        "Cover is arranged by the office. Providing the headteacher agrees", text(p, "1.7"));
  }

  @Test
  void a_long_appendix_title_on_its_own_line_ends_the_clauses() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "2. Procedure\n\n2.1 Lone workers must sign in on the app.\n\n"
                + "Appendix A – What to do if a lone worker does not sign out\n\n"
                + "1. Call the worker's mobile phone.\n2. Go to the site with a colleague.\n");
    assertEquals(List.of("2.1"), ids(p));
    assertEquals("Lone workers must sign in on the app.", text(p, "2.1"));
  }

  @Test
  void a_policy_title_under_the_trust_name_heading_is_the_title_and_its_metadata_is_read()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            # Riverside Learning Partnership
            ## Grievance Policy and Procedure
            Owner: HR Manager
            Version: 1.0
            ## 1. Introduction
            1.1 This policy explains how staff can raise a grievance.
            """);
    assertEquals("Grievance Policy and Procedure", p.title());
    assertEquals("HR Manager", p.metadata().owner());
    assertEquals(List.of("1.1"), ids(p));
  }

  @Test
  void could_follow_accepts_later_numbers_of_this_or_the_next_section_only() {
    assertTrue(ClauseNumbers.couldFollow("4.3", "4.2"));
    assertTrue(ClauseNumbers.couldFollow("4.5", "4.2"));
    assertTrue(ClauseNumbers.couldFollow("4.2.1", "4.2"));
    assertTrue(ClauseNumbers.couldFollow("5", "4.2(c)"));
    assertTrue(ClauseNumbers.couldFollow("5.1", "4.2"));
    assertFalse(ClauseNumbers.couldFollow("2", "4.2"));
    assertFalse(ClauseNumbers.couldFollow("4", "4.2"));
    assertFalse(ClauseNumbers.couldFollow("4.1", "4.2"));
    assertFalse(ClauseNumbers.couldFollow("10", "2.1"));
  }

  // Cases a review of the rules above found; each was right before them and must stay right.

  @Test
  void numbered_sub_items_ending_in_or_or_without_punctuation_are_clauses() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "5. Appeals\n5.2 The panel may:\n5.2.1 uphold the grievance\n5.2.2 reject the"
                + " grievance; or\n5.2.3 refer it back.\n5.3 The decision is final.\n");
    assertEquals(List.of("5.2", "5.2.1", "5.2.2", "5.2.3", "5.3"), ids(p));
    assertEquals("reject the grievance; or", text(p, "5.2.2"));
  }

  @Test
  void a_wrapped_decimal_that_is_not_the_next_number_carries_on() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "2. PPA\n2.1 A teacher will normally receive at least\n2.5 hours of PPA time a"
                + " week.\n2.2 PPA is not used for cover.\n");
    assertEquals(List.of("2.1", "2.2"), ids(p));
    assertEquals(
        "A teacher will normally receive at least 2.5 hours of PPA time a week.", text(p, "2.1"));
  }

  @Test
  void a_paragraph_or_bullet_starting_with_schedule_or_annex_does_not_end_the_clauses()
      throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "4. Data\n4.1 Health data is special.\n\nSchedule 1 to the Act sets out the"
                + " conditions under\nwhich it may be used.\n\n4.2 Records are kept for six years."
                + "\n\n- Annex B of Keeping Children Safe in Education (KCSIE 2024) and the code\n\n"
                + "5. Breaches\n5.1 Breaches are reported within 24 hours.\n");
    assertEquals(List.of("4.1", "4.2", "5.1"), ids(p));
    assertTrue(text(p, "4.1").endsWith("which it may be used."));
  }

  @Test
  void bullets_that_repeat_without_page_numbers_are_kept() throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 3; i <= 5; i++) {
      text.append(i).append(". Stage ").append(i).append('\n');
      text.append(i).append(".1 The meeting is attended by:\n");
      text.append("- the employee's line manager\n- a note-taker from HR\n\n");
    }
    Policy p = parsePlainText(text.toString());
    assertEquals(
        "The meeting is attended by: the employee's line manager a note-taker from HR",
        text(p, "5.1"));
  }

  @Test
  void a_short_line_that_is_not_a_heading_stays_in_its_clause() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "7. External reporting\n\n7.1 Staff can call the NSPCC helpline.\n\nTelephone:"
                + " 0800 028 0285\n\n7.2 Staff may contact Ofsted.\n\n8. Absence\n\n8.1 Phone"
                + " before 7.30am.\n\nDO NOT REPORT ABSENCE BY TEXT\n\n8.2 A fit note is needed.\n");
    assertEquals("Staff can call the NSPCC helpline. Telephone: 0800 028 0285", text(p, "7.1"));
    assertEquals("Phone before 7.30am. DO NOT REPORT ABSENCE BY TEXT", text(p, "8.1"));
  }

  @Test
  void a_part_heading_keeps_its_number_out_of_the_clauses() throws Exception {
    Policy p =
        parsePlainText(
            """
            # Grievance Policy
            ## Part 1: Policy

            This part sets out the policy.
            ### 1. Introduction

            The Trust wants concerns resolved quickly.
            """);
    assertEquals(List.of("1"), ids(p));
    assertEquals("The Trust wants concerns resolved quickly.", text(p, "1"));
  }

  @Test
  void a_clause_reference_at_the_start_of_a_wrapped_line_is_not_a_clause() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "4. Leave\n4.1 Requests follow the rules set out in\nClause 4.3. This applies to"
                + " all staff.\n\n4.2 Leave is taken in the leave year.\n\n4.3 Five days may be"
                + " carried over.\n");
    assertEquals(List.of("4.1", "4.2", "4.3"), ids(p));
  }

  @Test
  void numbered_rows_of_a_tab_separated_table_are_not_clauses() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "6. Stages\n6.1 The stages are:\n\nStage\tHeard by\n1.\tLine manager\n"
                + "2.\tHeadteacher\n\n6.2 Each stage is confirmed in writing.\n");
    assertEquals(List.of("6.1", "6.2"), ids(p));
    assertEquals("Stages", p.clause("6.2").orElseThrow().sectionTitle());
  }

  /**
   * Word's "Save as plain text" writes "1.<TAB>Purpose" for a numbered heading. It was read as a
   * table row and glued onto the end of the clause before it ("…from colleagues. 2. Risk
   * Assessment"), and section 1's heading was taken for the contents list's.
   */
  @Test
  void word_plain_text_headings_with_a_tab_head_their_sections() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "Contents\n1.\tPurpose\t2\n2.\tRisk Assessment\t3\n\n1.\tPurpose\n"
                + "1.1\tThis policy reduces the risks to staff who work alone.\n\n"
                + "2.\tRisk Assessment\n2.1\tThe headteacher completes a risk assessment.\n");
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals("This policy reduces the risks to staff who work alone.", text(p, "1.1"));
    assertEquals("Purpose", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals("Risk Assessment", p.clause("2.1").orElseThrow().sectionTitle());
  }

  /** Word's plain text indents lettered items with tabs: "<TAB>a)<TAB>the activity changes;". */
  @Test
  void word_plain_text_lettered_items_after_a_lead_in_are_items() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "2.\tRisk Assessment\n2.1\tThe head reviews risk assessments yearly, or sooner"
                + " if:\n\ta)\tthe activity changes;\n\tb)\tan incident occurs; or\n\tc)\tthe"
                + " member of staff's circumstances change.\n2.2\tStaff read them.\n");
    assertEquals(List.of("2.1", "2.1(a)", "2.1(b)", "2.1(c)", "2.2"), ids(p));
    assertEquals("an incident occurs; or", text(p, "2.1(b)"));
  }

  /** An item after rows indented under the one before it: "(b)" after "(a)" and its "i)", "ii)". */
  @Test
  void word_plain_text_lettered_items_resume_after_deeper_rows() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "2.\tRisk Assessment\n2.1\tRisk assessments are reviewed sooner if:\n"
                + "\ta)\tthe activity changes, including:\n\t\ti)\tnew equipment;\n"
                + "\t\tii)\ta new location;\n\tb)\tan incident occurs.\n");
    assertEquals(List.of("2.1", "2.1(a)", "2.1(b)"), ids(p));
    assertEquals("an incident occurs.", text(p, "2.1(b)"));
  }

  /**
   * An item after one whose words wrap onto an indented line: "c)" used to be read as the end of
   * "b)", with "d)", so 2.1(c) and 2.1(d) did not exist (a blind round of Word pastes).
   */
  @ParameterizedTest
  @ValueSource(strings = {"\t", "\t\t"})
  void word_plain_text_lettered_items_resume_after_a_wrapped_item(String indent) throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "2.\tPriority\n2.1\tBookings will be accepted in this order:\n"
                + "\ta)\tschool activities;\n\tb)\tcharities and community groups\n"
                + indent
                + "based in the local area;\n\tc)\tother not-for-profit groups;\n"
                + "\td)\tcommercial hirers.\n2.2\tThe Trust may refuse a booking.\n");
    assertEquals(List.of("2.1", "2.1(a)", "2.1(b)", "2.1(c)", "2.1(d)", "2.2"), ids(p));
    assertEquals("charities and community groups based in the local area;", text(p, "2.1(b)"));
    assertEquals("commercial hirers.", text(p, "2.1(d)"));
  }

  /**
   * Headings underlined with "===" or "---" head their sections, in Markdown and in plain text;
   * their words were quoted as the end of the clause above (a blind round of exports).
   */
  @Test
  void underlined_headings_head_their_sections() throws Exception {
    String doc =
        """
        Staff Absence Procedure
        =======================

        1. Reporting absence
        --------------------

        1.1 You must phone the absence line before 7.30am.

        Return to work
        --------------

        1.2 A return to work meeting is held after every absence.
        """;
    for (Policy p : List.of(parse(doc), parsePlainText(doc))) {
      assertEquals("Staff Absence Procedure", p.title());
      assertEquals(List.of("1.1", "1.2"), ids(p));
      assertEquals("You must phone the absence line before 7.30am.", text(p, "1.1"));
      assertEquals("Reporting absence", p.clause("1.1").orElseThrow().sectionTitle());
    }
  }

  /** A rule of dashes under a field or a sentence is a rule, as before: neither is a heading. */
  @Test
  void a_rule_under_a_field_or_a_sentence_is_not_an_underline() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            **Owner:** HR Director
            ---

            ## 1. Scope

            1.1 This policy applies to all staff.
            ---

            1.2 It does not apply to contractors.
            """);
    assertEquals("HR Director", p.metadata().owner());
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals("This policy applies to all staff.", text(p, "1.1"));
  }

  /**
   * A review of the underline rule: a numbered clause or a long sentence with dashes under it lost
   * its words, and a one-column table became a heading and an invented clause.
   */
  @Test
  void an_underline_never_takes_a_clause_s_words() throws Exception {
    String doc =
        """
        ATTENDANCE POLICY

        1. REPORTING ABSENCE

        1.1 Staff must phone the school office before 8am.

        1.2 Staff must keep in touch with their line manager every three days
        ---------------------------------------------------------------------

        1.3 Staff must keep in touch with their line manager.

        In an emergency the headteacher may be contacted directly on 01234 567890
        -------------------------------------------------------------------------

        1.4 Entitlement depends on service:

        Service
        -------
        Under 5 years: 25 days
        5 years or more: 28 days
        """;
    for (Policy p : List.of(parse(doc), parsePlainText(doc))) {
      assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), ids(p));
      assertEquals(
          "Staff must keep in touch with their line manager every three days", text(p, "1.2"));
      assertTrue(text(p, "1.3").endsWith("contacted directly on 01234 567890"), text(p, "1.3"));
      assertTrue(text(p, "1.4").contains("5 years or more: 28 days"), text(p, "1.4"));
    }
  }

  /** A rule over the title is no front matter: "# Lone Working Policy" is no YAML comment. */
  @Test
  void a_rule_pair_around_the_title_is_not_front_matter() throws Exception {
    Policy p =
        parse(
            """
            ---
            # Lone Working Policy
            Owner: Site Manager
            ---

            ## 1. Scope

            1.1 This policy applies to all staff.
            """);
    assertEquals("Lone Working Policy", p.title());
  }

  /** YAML front matter, as static-site tools write it, is the policy's metadata. */
  @Test
  void yaml_front_matter_is_read_as_metadata() throws Exception {
    Policy p =
        parse(
            """
            ---
            title: Staff Code of Conduct
            version: 5.0
            owner: "CEO"
            review: September 2025
            ---

            # Staff Code of Conduct

            ## 1. Scope

            1.1 This code applies to all staff.
            """);
    assertEquals("V5.0", p.metadata().version());
    assertEquals("CEO", p.metadata().owner());
    assertEquals("September 2025", p.metadata().reviewDate());
    assertEquals(List.of("1.1"), ids(p));
  }

  /** Rows lettered like items but under no lead-in are a table's, as before. */
  @Test
  void tab_separated_rows_lettered_without_a_lead_in_stay_a_table() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "3. Rates\n3.1 Mileage is paid at the rates below.\n\na)\tCar\nb)\tBicycle\n\n"
                + "3.2 Claims are made monthly.\n");
    assertEquals(List.of("3.1", "3.2"), ids(p));
    assertTrue(text(p, "3.1").contains("Car"), () -> text(p, "3.1"));
  }

  @Test
  void a_numbered_heading_over_a_lower_case_bullet_list_stays_a_heading() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "1. Purpose\n\n1.1 This code sets standards.\n\n2. Who this code applies to\n"
                + "- teaching and support staff\n\n2.1 Agency staff follow it too.\n");
    assertEquals("Who this code applies to", p.clause("2.1").orElseThrow().sectionTitle());
  }

  @Test
  void a_section_heading_under_the_trust_name_does_not_become_the_title() throws Exception {
    Policy p =
        parsePlainText(
            """
            # Riverside Learning Trust

            ## Policy statement

            The Trust is committed to fair treatment.

            ## 1. Scope

            1.1 This policy applies to all employees.
            """);
    assertEquals("Riverside Learning Trust", p.title());
  }

  @Test
  void a_page_number_inside_a_wrapped_sentence_is_taken_out_of_it() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "4. Annual leave\n\n4.1 Leave is booked online.\n\n4.2 Staff must give at"
                + " least\nPage 3 of 12\n10 working days' notice.\n");
    assertEquals(List.of("4.1", "4.2"), ids(p));
    assertEquals("Staff must give at least 10 working days' notice.", text(p, "4.2"));
  }

  @Test
  void comes_right_after_is_the_next_sibling_or_first_child_only() {
    assertTrue(ClauseNumbers.comesRightAfter("5.2.3", "5.2.2"));
    assertTrue(ClauseNumbers.comesRightAfter("5.2.1", "5.2"));
    assertTrue(ClauseNumbers.comesRightAfter("4.3", "4.2(b)"));
    assertFalse(ClauseNumbers.comesRightAfter("2.5", "2.1"));
    assertFalse(ClauseNumbers.comesRightAfter("5", "4.2"));
  }

  @Test
  void sections_numbered_1_0_head_their_paragraphs_in_plain_text() throws Exception {
    Policy p =
        parsePlainText(
            """
            APPRAISAL POLICY

            1.0 INTRODUCTION

            1.1 This policy covers teachers.

            2.0 OBJECTIVES

            2.1 Teachers have up to three objectives.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals("Objectives", p.clause("2.1").orElseThrow().sectionTitle());
  }

  @Test
  void words_second_level_and_symbol_bullets_are_items_not_words_of_the_quote() throws Exception {
    Policy p =
        parsePlainText(
            HEADER
                + "1. Investigation\n\n1.1 Staff must:\n\u00B7\tattend meetings when invited;\n"
                + "o\tkeep the matter confidential;\n\u00A7\tco-operate with the investigator.\n\n"
                + "1.2 Where a meeting is held alone:\n"
                + "o the door is left open;\n\u2013 a colleague is told where it is.\n");
    Clause investigation = p.clause("1.1").orElseThrow();
    assertEquals(
        List.of(
            new Block.Prose("Staff must:"),
            new Block.ItemList(
                List.of(
                    "attend meetings when invited;",
                    "keep the matter confidential;",
                    "co-operate with the investigator."),
                false)),
        investigation.blocks());
    assertEquals(
        List.of(
            new Block.Prose("Where a meeting is held alone:"),
            new Block.ItemList(
                List.of("the door is left open;", "a colleague is told where it is."), false)),
        p.clause("1.2").orElseThrow().blocks());
    assertEquals(
        "Where a meeting is held alone: the door is left open; a colleague is told where it is.",
        text(p, "1.2"));
  }

  @Test
  void a_title_in_capitals_with_brackets_keeps_a_capital_inside_them() {
    assertEquals(
        "Capability Policy (Teachers and Support Staff)",
        Headings.display("CAPABILITY POLICY (TEACHERS AND SUPPORT STAFF)"));
    assertEquals("\"Safer Working\" Guidance", Headings.display("\"SAFER WORKING\" GUIDANCE"));
  }
}
