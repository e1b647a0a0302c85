package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;
import static org.policybot.index.parse.ParsedPolicies.parsePlainText;
import static org.policybot.index.parse.ParsedPolicies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Policy;

/**
 * Text copied out of a PDF breaks wherever the page's lines ended, and brings the page numbers and
 * running headers with it. A line that starts with a number there is the sentence going on; taken
 * for a clause, it cut the quote short and invented a number ("31 March" became clause 31).
 */
class CopiedFromPdfTest {

  @Test
  void a_date_or_a_number_after_a_word_no_sentence_ends_on_carries_the_sentence_on()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            ANNUAL LEAVE POLICY

            1. LEAVE

            1.1 Requests must reach the Headteacher by
            31 March in the year before the leave.

            1.2 The policy was agreed with the
            2 Trade Unions recognised by the Trust.

            1.3 Teachers must give notice by
            1 September if they wish to change.

            2. CLOSURES

            2.1 Staff at the
            3 Academies in the Trust close on
            3 January each year.
            """);
    assertEquals(List.of("1.1", "1.2", "1.3", "2.1"), ids(p));
    assertEquals(
        "Requests must reach the Headteacher by 31 March in the year before the leave.",
        text(p, "1.1"));
    assertEquals(
        "The policy was agreed with the 2 Trade Unions recognised by the Trust.", text(p, "1.2"));
    assertEquals(
        "Staff at the 3 Academies in the Trust close on 3 January each year.", text(p, "2.1"));
  }

  /**
   * A reference to an item wrapped onto the start of a line is not the item: read as one, "(b)
   * above, but…" became a clause 5.2(b) and cut 5.2 at "or" (a blind round of plain-text exports).
   */
  @Test
  void an_item_reference_wrapped_onto_a_new_line_carries_the_sentence_on() throws Exception {
    Policy p =
        parsePlainText(
            """
            SICKNESS ABSENCE POLICY

            5. TRIGGER POINTS

            5.1 A meeting will be arranged where an employee has had:
            (a) three or more periods of absence; or
            (b) a total of 10 or more working days of absence.

            5.2 Absences related to a disability will not count
            towards the trigger points in 5.1(a) or
            (b) above, but may be discussed at a meeting.

            5.3 The meeting will consider:
            (a) the reasons for absence; and
            (b) any support needed.

            6.1 The panel will consist of
            (a) a governor;
            (b) the headteacher.
            """);
    // "(a)" after a lead-in that stops on "of" starts its list all the same.
    assertEquals(
        List.of(
            "5.1", "5.1(a)", "5.1(b)", "5.2", "5.3", "5.3(a)", "5.3(b)", "6.1", "6.1(a)", "6.1(b)"),
        ids(p));
    assertEquals(
        "Absences related to a disability will not count towards the trigger points in 5.1(a) or"
            + " (b) above, but may be discussed at a meeting.",
        text(p, "5.2"));
    assertEquals("any support needed.", text(p, "5.3(b)"));
  }

  @Test
  void a_date_in_a_policy_numbered_1_2_3_is_not_a_second_clause_1() throws Exception {
    Policy p =
        parsePlainText(
            """
            WHISTLEBLOWING POLICY

            1. Whistleblowing is the reporting of suspected wrongdoing at work.

            2. Concerns should be raised with the Chair of Trustees by
            1 December in the year the concern arises.

            3. Staff who are not satisfied may contact Protect.
            """);
    assertEquals(List.of("1", "2", "3"), ids(p));
    assertEquals(
        "Concerns should be raised with the Chair of Trustees by 1 December in the year the"
            + " concern arises.",
        text(p, "2"));
  }

  @Test
  void the_next_section_s_number_is_still_a_section_after_a_clause_without_a_full_stop()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            EXPENSES POLICY

            1. CLAIMS

            1.1 Claims are made on the form in the staff handbook
            2. TRAVEL
            2.1 Standard class rail fares are reimbursed.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals("Claims are made on the form in the staff handbook", text(p, "1.1"));
  }

  @Test
  void a_page_number_alone_in_a_sentence_is_dropped() throws Exception {
    Policy p =
        parsePlainText(
            """
            CAPABILITY POLICY

            1. FORMAL STAGE

            1.1 A first written warning will remain live for 12 months and a monitoring period of up to

            2

            ten weeks will follow.

            1.2 Requests for more than five consecutive days must be approved by the
            3

            Headteacher. Leave is not approved in the first two weeks of the autumn term.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals(
        "A first written warning will remain live for 12 months and a monitoring period of up to"
            + " ten weeks will follow.",
        text(p, "1.1"));
    assertEquals(
        "Requests for more than five consecutive days must be approved by the Headteacher. Leave"
            + " is not approved in the first two weeks of the autumn term.",
        text(p, "1.2"));
  }

  @Test
  void running_headers_are_dropped_with_or_without_their_page_number_but_the_title_stays()
      throws Exception {
    Policy p =
        parsePlainText(
            """
            Oakfield Academy Trust – Capability Policy

            1. INFORMAL STAGE

            1.1 Staff may be accompanied at informal meetings where the line manager agrees.

            Oakfield Academy Trust – Capability Policy                    Page 2 of 5

            2. FORMAL STAGE

            2.1 The employee may be accompanied by a trade union representative or a
            Oakfield Academy Trust – Capability Policy – September 2024
            work colleague.

            2.2 The outcome is confirmed in writing within five working days.
            Capability Policy v3.0\tPage 4

            2.3 Appeals go to the Clerk.
            Page 5 | Oakfield Academy Trust
            """);
    assertEquals("Oakfield Academy Trust – Capability Policy", p.title());
    assertEquals(List.of("1.1", "2.1", "2.2", "2.3"), ids(p));
    assertEquals(
        "Staff may be accompanied at informal meetings where the line manager agrees.",
        text(p, "1.1"));
    assertEquals(
        "The employee may be accompanied by a trade union representative or a work colleague.",
        text(p, "2.1"));
    assertEquals("The outcome is confirmed in writing within five working days.", text(p, "2.2"));
    assertEquals("Appeals go to the Clerk.", text(p, "2.3"));
  }

  @Test
  void a_sentence_that_names_a_page_or_the_trust_stays_in_its_clause() throws Exception {
    Policy p =
        parse(
            """
            # Expenses Policy

            ## 1. Claims

            1.1 The claim form is on page 4 of the staff handbook.

            1.2 Claims are checked by the finance team of the
            Riverside Academy Trust Expenses Policy working group, which meets monthly.

            1.3 All staff must read Part One of Keeping
            Children Safe in Education and the Trust's Child Protection and Safeguarding Policy
            every year, and should raise concerns under the
            Trust's Whistleblowing Policy. Staff who believe their concern is true and
            in the public interest are protected.
            """);
    assertEquals("The claim form is on page 4 of the staff handbook.", text(p, "1.1"));
    assertEquals(
        "Claims are checked by the finance team of the Riverside Academy Trust Expenses Policy"
            + " working group, which meets monthly.",
        text(p, "1.2"));
    // Wrapped lines of prose that name the trust and a policy are no header (as the code of
    // conduct's 7.1 and 17.1 showed, when a looser rule cut them).
    assertEquals(
        "All staff must read Part One of Keeping Children Safe in Education and the Trust's Child"
            + " Protection and Safeguarding Policy every year, and should raise concerns under the"
            + " Trust's Whistleblowing Policy. Staff who believe their concern is true and in the"
            + " public interest are protected.",
        text(p, "1.3"));
  }

  @Test
  void a_policy_s_name_a_figure_or_a_page_inside_a_sentence_stays_in_the_quote() throws Exception {
    // Each was cut by a first version of these rules (found in review).
    Policy p =
        parsePlainText(
            """
            OVERTIME POLICY

            1. CLAIMS

            1.1 Staff who are dissatisfied may raise the matter under the
            Oakfield Academy Trust Grievance Policy
            within 10 working days of the incident.

            1.2 The maximum overtime claimable in any month is
            10
            hours unless agreed by the Headteacher.

            1.3 Staff complete the claim form (Appendix B - page 12 - and return it to
            the Headteacher within two days.

            1.4 The form is in the handbook at
            page 4 - Section B - and goes to the
            finance office.
            """);
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), ids(p));
    assertEquals(
        "Staff who are dissatisfied may raise the matter under the Oakfield Academy Trust"
            + " Grievance Policy within 10 working days of the incident.",
        text(p, "1.1"));
    assertEquals(
        "The maximum overtime claimable in any month is 10 hours unless agreed by the"
            + " Headteacher.",
        text(p, "1.2"));
    assertEquals(
        "Staff complete the claim form (Appendix B - page 12 - and return it to the Headteacher"
            + " within two days.",
        text(p, "1.3"));
    assertEquals(
        "The form is in the handbook at page 4 - Section B - and goes to the finance office.",
        text(p, "1.4"));
  }

  /**
   * A signature block under the last clause signs the document: it was quoted as the end of the
   * clause. A sentence that starts with "Signed by" stays.
   */
  @Test
  void a_signature_block_is_not_the_end_of_the_last_clause() throws Exception {
    Policy p =
        parsePlainText(
            """
            PAY APPEALS PROCEDURE

            1. A teacher may seek a review of a pay determination.

            2. The appeal will be heard by three governors. The panel's decision is final.

            Signed: ........................................
            Mrs J. Patel, Chair of the Pay Committee
            Date: 3 October 2025

            3. Signed by both parties, the outcome letter is kept on file.
            """);
    assertEquals(List.of("1", "2", "3"), ids(p));
    assertEquals(
        "The appeal will be heard by three governors. The panel's decision is final.",
        text(p, "2"));
    assertEquals("Signed by both parties, the outcome letter is kept on file.", text(p, "3"));
  }

  /** A review found bullets, sentences and the next clause's words dropped as signatures. */
  @Test
  void words_that_only_start_like_a_signature_stay_in_their_clause() throws Exception {
    Policy p =
        parse(
            """
            # Overtime Policy

            ## 1. Claims

            1.1 Every overtime claim form must be:

            - Completed by the employee
            - Signed by the line manager
            - Sent to payroll by the 10th of the month

            1.2 Claims without a signature are returned.

            Signature: no claim is paid without one.

            1.3 The manager will approve the claim within
            five working days of receiving it.
            """);
    assertTrue(text(p, "1.1").contains("Signed by the line manager"), text(p, "1.1"));
    assertTrue(text(p, "1.1").endsWith("Sent to payroll by the 10th of the month"), text(p, "1.1"));
    assertTrue(text(p, "1.2").endsWith("Signature: no claim is paid without one."), text(p, "1.2"));
    assertEquals(
        "The manager will approve the claim within five working days of receiving it.",
        text(p, "1.3"));
  }

  @Test
  void long_runs_of_spaces_before_a_mark_are_read_in_linear_time() throws Exception {
    // 100,000 spaces before "x", "<sup>1</sup>" or "---" took 21 to 53 s in the table-rule and
    // fence patterns, and "~~~" before 100,000 spaces and a "!" 25 s.
    String spaces = " ".repeat(100_000);
    Policy p =
        parse(
            "# P\n\n## 1. Scope\n\n1.1 Staff sign in.\n\n"
                + spaces
                + "x\n\n"
                + spaces
                + "<sup>1</sup>\n\n"
                + spaces
                + "---\n\n~~~"
                + spaces
                + "!\n\n1.2 Last clause.\n");
    assertEquals("Staff sign in.", text(p, "1.1").substring(0, 14));
    assertEquals("Last clause.", text(p, "1.2"));
  }

  @Test
  void a_long_row_of_bars_among_the_clauses_is_read_in_linear_time() throws Exception {
    // "| 1.2" then 50,000 " |": trimming the bars with a pattern took 28 s.
    String hostile = "| 1.2" + " |".repeat(50_000) + " Staff must give notice. |";
    Policy p = parse("# P\n\n## 1. Scope\n\n1.1 Staff sign in.\n\n" + hostile + "\n");
    assertEquals("Staff sign in.", text(p, "1.1").substring(0, 14));
  }

  @Test
  void a_long_line_of_whitespace_after_page_is_read_in_linear_time() throws Exception {
    // "Page 1" and five million tabs backtracked for 15 s in the footer pattern; a footer is short.
    String hostile = "Page 1" + "\t".repeat(5_000_000) + "x!";
    Policy p = parsePlainText("POLICY\n\n1. SCOPE\n\n1.1 Staff sign in.\n" + hostile + "\n");
    assertEquals("Staff sign in.", text(p, "1.1").substring(0, 14));
  }
}
