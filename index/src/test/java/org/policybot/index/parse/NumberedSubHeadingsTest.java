package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;
import static org.policybot.index.parse.ParsedPolicies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Policy;
import org.policybot.index.Section;

/**
 * A numbered line without a full stop is a sub-heading ("3.1 Requests" over its paragraphs) or a
 * short paragraph ("5.1 This policy will be reviewed every two years"). Each case below was once a
 * clause that vanished, or a clause filed under a sentence as its section title.
 */
class NumberedSubHeadingsTest {

  private static List<String> sectionIds(Policy p) {
    return p.sections().stream().map(Section::id).toList();
  }

  /** "4.3 How to take TOIL:" over a table: the table completes its words; it heads nothing. */
  @Test
  void a_numbered_line_ending_in_a_colon_over_a_table_is_a_clause_not_a_heading() throws Exception {
    Policy p =
        parse(
            """
            # TOIL Policy

            ## 4. Taking TOIL

            4.2 No more than 15 hours of TOIL may be carried at any time.

            4.3 How to take TOIL:

            | Step | Who | What |
            |---|---|---|
            | 1 | Employee | Fill in the TOIL form. |
            | 2 | Line manager | Approve or decline within 5 working days. |

            4.4 TOIL not taken within three months is lost.
            """);
    assertEquals(List.of("4.2", "4.3", "4.4"), ids(p));
    assertTrue(text(p, "4.3").startsWith("How to take TOIL: Step Who What"), text(p, "4.3"));
    assertEquals("Taking TOIL", p.clause("4.3").orElseThrow().sectionTitle());
  }

  @Test
  void a_short_paragraph_with_a_verb_and_no_full_stop_is_a_clause_not_a_heading() throws Exception {
    Policy p =
        parse(
            """
            # Attendance Policy

            ## 5. Monitoring and Review

            5.1 This policy will be reviewed every two years

            5.2 The Board of Trustees must approve any changes to this policy before they take effect.
            """);
    assertEquals(List.of("5.1", "5.2"), ids(p));
    assertEquals("This policy will be reviewed every two years", text(p, "5.1"));
    assertEquals("Monitoring and Review", p.clause("5.2").orElseThrow().sectionTitle());
    assertEquals(List.of("5"), sectionIds(p));
  }

  @Test
  void short_numbered_items_before_the_next_paragraph_are_clauses_not_headings() throws Exception {
    Policy p =
        parse(
            """
            # Recruitment Policy

            ## 3. Checks

            3.1 The following checks are made:

            3.1.1 Identity

            3.1.2 Right to work in the UK

            3.2 Offers are conditional until all checks are complete.
            """);
    assertEquals(List.of("3.1", "3.1.1", "3.1.2", "3.2"), ids(p));
    assertEquals("Right to work in the UK", text(p, "3.1.2"));
    assertEquals("Checks", p.clause("3.2").orElseThrow().sectionTitle());
  }

  @Test
  void a_sentence_without_a_full_stop_keeps_the_paragraph_after_it() throws Exception {
    Policy p =
        parse(
            """
            ## 5. Review

            5.1 The Board of Trustees approves any changes to the policy

            It does so at its summer meeting.

            5.2 Headteachers report absence figures each term
            """);
    assertEquals(
        "The Board of Trustees approves any changes to the policy It does so at its summer"
            + " meeting.",
        text(p, "5.1"));
    assertEquals("Headteachers report absence figures each term", text(p, "5.2"));
    assertEquals(List.of("5"), sectionIds(p));
  }

  @Test
  void a_numbered_title_over_its_paragraphs_or_sub_clauses_stays_a_heading() throws Exception {
    Policy p =
        parse(
            """
            ## 3. Flexible Working

            3.1 Requests

            Staff may ask for flexible working at any time.

            3.2 Right of appeal

            3.2.1 An appeal is made in writing within ten days.

            3.2.2 The appeal is heard by two governors.
            """);
    assertEquals(List.of("3.1", "3.2.1", "3.2.2"), ids(p));
    assertEquals("Staff may ask for flexible working at any time.", text(p, "3.1"));
    assertEquals("Requests", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals("Right of appeal", p.clause("3.2.1").orElseThrow().sectionTitle());
    assertEquals(List.of("3", "3.1", "3.2"), sectionIds(p));
  }

  @Test
  void a_title_case_sub_heading_directly_over_its_paragraph_stays_a_heading() throws Exception {
    Policy p =
        parse(
            """
            3. Flexible Working
            3.1 Making a Request
            Staff may ask for flexible working at any time.
            3.2 Appeals
            An appeal is made in writing.
            """);
    assertEquals(List.of("3.1", "3.2"), ids(p));
    assertEquals("Making a Request", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals("An appeal is made in writing.", text(p, "3.2"));
  }

  @Test
  void a_sentence_case_sub_heading_in_a_file_without_blank_lines_stays_a_heading()
      throws Exception {
    // Word's plain-text export: a line for each paragraph and no blank lines, so a line followed
    // straight by another says nothing about wrapping.
    Policy p =
        parse(
            """
            3. Leave
            3.1 Annual leave
            Support staff take annual leave in school holidays.
            3.2 Sick leave
            Staff report sickness by 7.30am.
            """);
    assertEquals(List.of("3.1", "3.2"), ids(p));
    assertEquals("Annual leave", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals("Staff report sickness by 7.30am.", text(p, "3.2"));
  }

  @Test
  void a_line_run_straight_into_a_lower_case_line_is_one_paragraph_but_a_short_one_is_a_heading()
      throws Exception {
    // "3.2 Support staff on full-year contracts" over "Request leave…" reads either way; a short
    // line over a capitalised one is a heading, as "2.2 Who can apply" over "Any employee…" is.
    // Only a line long enough to have been wrapped (40 characters) runs on into the next.
    Policy p =
        parse(
            """
            ## 3. Leave

            3.1 Staff on term-time contracts
            take annual leave in school holidays.

            3.2 Support staff on full-year contracts
            Request leave through the HR system.
            """);
    assertEquals(List.of("3.1", "3.2"), ids(p));
    assertEquals(
        "Staff on term-time contracts take annual leave in school holidays.", text(p, "3.1"));
    assertEquals("Request leave through the HR system.", text(p, "3.2"));
    assertEquals(
        "Support staff on full-year contracts", p.clause("3.2").orElseThrow().sectionTitle());
  }

  @Test
  void a_first_line_wrapped_before_a_capitalised_word_stays_in_its_paragraph() throws Exception {
    Policy p =
        parse(
            """
            # Maternity Policy

            ## 1. Leave

            1.1 All pregnant employees are entitled to 52 weeks' Statutory
            Maternity Leave, regardless of length of service.

            1.2 Teachers with at least one year's continuous service in
            Local Authority or Academy schools are entitled to Occupational Maternity Pay.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals(
        "All pregnant employees are entitled to 52 weeks' Statutory Maternity Leave, regardless"
            + " of length of service.",
        text(p, "1.1"));
    assertTrue(text(p, "1.2").startsWith("Teachers with at least one year's continuous service"));
    assertEquals("Leave", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals(List.of("1"), sectionIds(p));
  }

  @Test
  void a_first_line_wrapped_inside_a_link_or_after_a_footnote_mark_stays_a_paragraph()
      throws Exception {
    Policy p =
        parse(
            """
            ## 1. Introduction

            1.1 This policy does *not* replace the Trust's [Grievance
            Policy](https://example.org/grievance.pdf) for complaints about an
            employee's own terms of employment.

            1.2 Staff should not investigate concerns themselves.[^1]

            ## 2. External Advice

            2.1 Staff may contact Protect for advice.
            """);
    assertEquals(List.of("1.1", "1.2", "2.1"), ids(p));
    assertTrue(
        text(p, "1.1").startsWith("This policy does not replace the Trust's"), text(p, "1.1"));
    assertTrue(text(p, "1.1").endsWith("own terms of employment."), text(p, "1.1"));
    assertTrue(text(p, "1.2").startsWith("Staff should not investigate concerns themselves."));
    assertEquals(List.of("1", "2"), sectionIds(p));
  }

  @Test
  void a_flat_numbered_rule_without_a_full_stop_is_a_clause() throws Exception {
    Policy p =
        parse(
            """
            # Staff Code of Conduct

            ## Dress

            1. Staff must dress in a professional manner
            2. Jeans are not allowed except on non-uniform days.
            3. Lanyards are worn at all times

            ## Phones

            4. Phones are kept on silent.
            """);
    assertEquals(List.of("1", "2", "3", "4"), ids(p));
    assertEquals("Staff must dress in a professional manner", text(p, "1"));
    assertEquals("Dress", p.clause("2").orElseThrow().sectionTitle());
    assertEquals(List.of("", ""), sectionIds(p));
  }

  @Test
  void a_section_number_over_its_own_paragraphs_stays_a_heading_however_it_reads()
      throws Exception {
    Policy p =
        parse(
            """
            4. Staff who are not covered

            Agency staff follow their agency's policy.

            4.1 Volunteers follow the volunteers' code.
            """);
    assertEquals(List.of("4", "4.1"), ids(p));
    assertEquals("Staff who are not covered", p.clause("4.1").orElseThrow().sectionTitle());
  }

  @Test
  void entries_of_a_contents_list_without_its_heading_are_not_short_clauses() throws Exception {
    Policy p =
        parse(
            """
            Leave Policy

            1.1 Purpose

            1.2 Scope

            1. Introduction

            1.1 Purpose

            This policy explains leave.

            1.2 Scope

            It applies to all staff.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals("It applies to all staff.", text(p, "1.2"));
  }

  @Test
  void a_question_as_a_sub_heading_stays_a_heading() throws Exception {
    Policy p =
        parse(
            """
            ## 2. Scope

            2.1 Who is covered

            The policy covers all employees, including those on fixed-term contracts.
            """);
    assertEquals("Who is covered", p.clause("2.1").orElseThrow().sectionTitle());
    assertEquals(
        "The policy covers all employees, including those on fixed-term contracts.",
        text(p, "2.1"));
  }

  @Test
  void titles_and_sentences_without_full_stops_are_told_apart() {
    for (String title :
        List.of(
            "Requests",
            "Right of appeal",
            "Right to work in the UK",
            "The Role of the Headteacher",
            "Our commitments",
            "Who is covered",
            "Returning to work after a long absence",
            "PAY DURING A PHASED RETURN",
            "Claim form A",
            "Bank holidays in May")) {
      assertFalse(Headings.readsAsSentence(title), title);
    }
    for (String sentence :
        List.of(
            "This policy will be reviewed every two years",
            "The Board of Trustees approves any changes",
            "Staff must not smoke on site",
            "Teachers with at least one year's continuous service in",
            "This policy does not replace the Trust's [Grievance")) {
      assertTrue(Headings.readsAsSentence(sentence), sentence);
    }
  }

  @Test
  void a_hard_wrapped_policy_keeps_every_first_line_in_its_clause() throws Exception {
    Policy p = PolicyParserTest.fixture("hard-wrapped-maternity.md");
    assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "3.1"), ids(p));
    assertEquals(List.of("1", "2", "3"), sectionIds(p));
    assertEquals(
        "Teachers with at least one year's continuous service in Local Authority or Academy"
            + " schools are entitled to Occupational Maternity Pay.",
        text(p, "1.3"));
  }

  // Found in review of the first version of these rules: each of the shapes below parsed right
  // before it and wrong with it.

  @Test
  void sentence_case_sub_headings_over_their_paragraphs_stay_headings() throws Exception {
    Policy p =
        parse(
            """
            # Sickness Absence Policy

            2. The role of the headteacher and governors

            The headteacher manages absence day to day.

            3. Reporting absence

            3.1 The role of the line manager in absence

            The line manager keeps in contact with the employee.

            3.2 Staff who are not eligible for sick pay

            Agency staff are paid by their agency.

            3.3 Signing in

            All staff sign in at reception on arrival.
            """);
    assertEquals(List.of("2", "3.1", "3.2", "3.3"), ids(p));
    assertEquals("The line manager keeps in contact with the employee.", text(p, "3.1"));
    assertEquals(
        "The role of the line manager in absence", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals("Signing in", p.clause("3.3").orElseThrow().sectionTitle());
    assertEquals("The headteacher manages absence day to day.", text(p, "2"));
  }

  @Test
  void a_short_heading_followed_straight_by_its_text_is_a_heading() throws Exception {
    Policy p =
        parse(
            """
            ## 2. Leave

            2.2 Who can apply
            Any employee with 26 weeks' service may apply.

            2.3 Bank holidays
            Bank holidays are in addition to annual leave.
            """);
    assertEquals("Any employee with 26 weeks' service may apply.", text(p, "2.2"));
    assertEquals("Who can apply", p.clause("2.2").orElseThrow().sectionTitle());
    assertEquals("Bank holidays", p.clause("2.3").orElseThrow().sectionTitle());
  }

  @Test
  void a_contents_list_without_its_heading_is_not_read_as_clauses() throws Exception {
    Policy p =
        parse(
            """
            # Sickness Absence Policy

            1. Introduction
            2. Reporting absence
            2.1 The role of the line manager
            3. Review

            1. Introduction

            This policy applies to all staff.

            2. Reporting absence

            2.1 The role of the line manager

            The line manager keeps in contact with the employee.

            3. Review

            This policy is reviewed every two years.
            """);
    assertEquals(List.of("1", "2.1", "3"), ids(p));
    assertEquals("The line manager keeps in contact with the employee.", text(p, "2.1"));
  }

  @Test
  void a_bold_paragraph_number_with_a_run_in_title_starts_its_clause() throws Exception {
    Policy p =
        parse(
            """
            ## 4. Pay

            4.1 Staff are paid monthly.

            **4.2 Sick pay** is calculated on the Burgundy Book scale.

            **4.3 Term-time staff** are paid in twelve equal instalments.
            """);
    assertEquals(List.of("4.1", "4.2", "4.3"), ids(p));
    assertEquals("Sick pay is calculated on the Burgundy Book scale.", text(p, "4.2"));
  }

  @Test
  void a_bold_number_that_numbers_on_from_a_deeper_paragraph_is_a_clause() throws Exception {
    Policy p =
        parse(
            """
            ## 2. Leave

            2.2 Leave is booked with the line manager.

            2.2.1 Requests are answered within five working days.

            **2.3 Days** of leave are set out in the staff handbook for each grade.
            """);
    assertEquals(List.of("2.2", "2.2.1", "2.3"), ids(p));
  }

  @Test
  void a_bold_number_that_numbers_on_from_a_clause_table_is_a_clause() throws Exception {
    Policy p =
        parse(
            """
            ## 2. Working time

            | No. | Rule |
            |---|---|
            | 2.1 | Each member of support staff has a written contract of employment. |
            | 2.2 | Working patterns are agreed with the line manager each September. |

            **2.3 Hours** of work are 37 a week, Monday to Friday, for full-time staff.
            """);
    assertEquals(List.of("2.1", "2.2", "2.3"), ids(p));
  }

  /** Found in review: the amount rule first took any unit word after any number. */
  @Test
  void a_bold_number_that_numbers_on_with_a_unit_word_title_is_still_a_clause() throws Exception {
    Policy p =
        parse(
            """
            ## 2. Working time

            **2.1 Contract.** Each member of support staff has a written contract.

            **2.2 Hours** of work are 37 a week, Monday to Friday, for full-time staff.

            **2.3 Breaks.** Staff who work more than six hours take a 30 minute break.
            """);
    assertEquals(List.of("2.1", "2.2", "2.3"), ids(p));
  }

  @Test
  void a_bold_amount_opening_a_sentence_is_text_of_the_clause_before_it() throws Exception {
    Policy p =
        parse(
            """
            ## 1. Annual leave

            1.1 Staff are entitled to annual leave as set out below.

            **1.5 Days** of leave may be carried over with the headteacher's agreement.

            1.2 Leave must be booked in advance.

            **1.3 Hours** Staff who work part time have leave in hours.

            **1.4.1 Days** are counted from Monday.
            """);
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4.1"), ids(p));
    assertEquals(
        "Staff are entitled to annual leave as set out below. 1.5 Days of leave may be carried"
            + " over with the headteacher's agreement.",
        text(p, "1.1"));
    assertEquals("Hours Staff who work part time have leave in hours.", text(p, "1.3"));
  }

  // Found in a second review: each shape below was read wrongly by the rules as first revised.

  @Test
  void a_numbered_line_carried_by_its_own_verb_is_a_clause_over_its_second_paragraph()
      throws Exception {
    Policy p =
        parse(
            """
            ## 4. Antenatal care

            4.1 Pregnant employees are entitled to paid antenatal leave

            Evidence of appointments may be requested after the first.

            4.2 Partners may attend two appointments.

            ## 5. Flexible working

            5.1 Staff who can apply

            Any employee may apply from their first day.

            ## 6. Dismissal

            6.1 Matters that may lead to dismissal

            Gross misconduct is set out in the disciplinary policy.

            6.2 Reasons a request may be refused

            The eight business reasons set out in law.
            """);
    assertTrue(text(p, "4.1").startsWith("Pregnant employees are entitled"), text(p, "4.1"));
    assertEquals("Any employee may apply from their first day.", text(p, "5.1"));
    assertEquals("Staff who can apply", p.clause("5.1").orElseThrow().sectionTitle());
    assertEquals(
        "Matters that may lead to dismissal", p.clause("6.1").orElseThrow().sectionTitle());
    assertEquals("Reasons a request may be refused", p.clause("6.2").orElseThrow().sectionTitle());
  }

  @Test
  void a_title_followed_straight_by_its_text_stays_a_heading_and_a_wrapped_sentence_runs_on()
      throws Exception {
    Policy p =
        parse(
            """
            ## 3. Absence

            3.1 ROLE OF THE LINE MANAGER IN SUPPORTING ABSENCE
            The line manager keeps in contact.

            3.2 The role of the line manager in supporting absence
            Managers record each absence.

            3.3 Absence is reported on the portal
            <https://intranet.example.org/hr/absence/report-an-absence-form>.
            """);
    assertEquals("The line manager keeps in contact.", text(p, "3.1"));
    assertEquals("Managers record each absence.", text(p, "3.2"));
    assertTrue(text(p, "3.3").startsWith("Absence is reported on the portal"), text(p, "3.3"));
  }

  @Test
  void flat_clauses_stay_clauses_when_a_list_further_on_numbers_its_items_the_same()
      throws Exception {
    Policy p =
        parse(
            """
            # Site Rules

            ## Rules

            1. Staff sign in at reception on arrival

            2. Lanyards are worn at all times on site

            3. Staff must report any concern to:

            1. the DSL; or
            2. the headteacher.
            """);
    assertEquals(List.of("1", "2", "3"), ids(p));
    assertEquals("Staff sign in at reception on arrival", text(p, "1"));
  }

  @Test
  void a_plain_text_policy_keeps_its_backslashes_and_signs() throws Exception {
    Policy p =
        PolicyParser.parse(
            "p",
            "p.txt",
            """
            # Forms Policy

            ## 1. Forms

            1.1 Forms are saved in S:\\HR\\Forms\\
            and are reviewed each year.

            1.2 More than
            > 10 days absence triggers a review.
            """
                .getBytes(UTF_8));
    assertEquals("Forms are saved in S:\\HR\\Forms\\ and are reviewed each year.", text(p, "1.1"));
    assertEquals("More than > 10 days absence triggers a review.", text(p, "1.2"));
  }
}
