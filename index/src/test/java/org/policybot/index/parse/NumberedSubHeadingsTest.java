package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

/**
 * A numbered line without a full stop is a sub-heading ("3.1 Requests" over its paragraphs) or a
 * short paragraph ("5.1 This policy will be reviewed every two years"). Each case below was once a
 * clause that vanished, or a clause filed under a sentence as its section title.
 */
class NumberedSubHeadingsTest {

  private static Policy parse(String text) throws Exception {
    return PolicyParser.parse("p", "p.md", text.getBytes(UTF_8));
  }

  private static String text(Policy p, String id) {
    return p.clause(id).orElseThrow(() -> new AssertionError(id + " in " + ids(p))).text();
  }

  private static List<String> ids(Policy p) {
    return p.clauses().stream().map(Clause::id).toList();
  }

  private static List<String> sectionIds(Policy p) {
    return p.sections().stream().map(Section::id).toList();
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
  void a_sentence_case_line_run_straight_into_its_paragraph_is_one_paragraph_in_markdown()
      throws Exception {
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
        "Support staff on full-year contracts Request leave through the HR system.",
        text(p, "3.2"));
    assertEquals(List.of("3"), sectionIds(p));
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
}
