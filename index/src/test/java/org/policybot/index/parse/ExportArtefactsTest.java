package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;
import static org.policybot.index.parse.ParsedPolicies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Policy;
import org.policybot.index.Section;
import org.policybot.index.StruckText;
import org.policybot.index.UnquotedText;
import org.policybot.index.UnquotedText.Place;

/**
 * Markdown as Word-to-Markdown converters (pandoc, mammoth, Writage) write it: backslash escapes,
 * hard line breaks, attributes and spans, super- and subscripts, struck text, footnotes, indented
 * paragraphs as blockquotes and bold paragraph numbers. Each was once a number lost, a backslash or
 * a brace quoted, a footnote glued onto the last clause or a refused file.
 */
class ExportArtefactsTest {

  @Test
  void a_pandoc_export_of_a_word_policy_reads_as_its_clauses_word_for_word() throws Exception {
    Policy p = PolicyParserTest.fixture("pandoc-whistleblowing-policy.md");
    assertEquals("Whistleblowing Policy", p.title());
    assertEquals("V2.2", p.metadata().version());
    assertEquals("Chief Operating Officer", p.metadata().owner());
    assertEquals("1 September 2027", p.metadata().reviewDate());
    assertEquals(
        List.of(
            "1.1", "1.2", "2.1", "2.2", "2.2(a)", "2.2(b)", "2.2(c)", "2.3", "3.1", "3.2", "3.3"),
        ids(p));
    assertEquals(
        "The Trust is committed to the highest standards of openness and accountability. Staff"
            + " who raise a genuine concern will be protected from victimisation.",
        text(p, "1.1"));
    assertEquals(
        "This policy does not replace the grievance procedure set out in the Trust's Grievance"
            + " Policy for complaints about an employee's own terms of employment.",
        text(p, "1.2"));
    assertEquals(
        "Concerns should be raised with the headteacher in the first instance. If the concern is"
            + " about the headteacher, it should be raised with the Chair of Trustees.",
        text(p, "2.1"));
    assertEquals("in writing, marked \"confidential\";", text(p, "2.2(a)"));
    assertEquals("by email to whistleblowing@brookfield.example.org.", text(p, "2.2(c)"));
    assertEquals(
        "Staff must not carry out their own investigation -- doing so may compromise a later"
            + " inquiry.",
        text(p, "2.3"));
    assertEquals(
        "Staff may contact Protect on 020 3117 2520 for independent advice.", text(p, "3.1"));
    assertEquals(
        "Prescribed persons. Staff may also contact a prescribed person such as Ofsted, whose"
            + " number is on the staff noticeboard.",
        text(p, "3.2"));
    assertEquals(
        "Disclosures to the press are never protected. Disclosures to the press are protected"
            + " only in the circumstances the Act sets out.",
        text(p, "3.3"));
    assertEquals("Introduction", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals("How to Raise a Concern", p.clause("2.1").orElseThrow().sectionTitle());
    assertEquals("External Disclosures", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals(
        List.of(
            new UnquotedText(55, Place.FOOTNOTE, "", ""),
            new UnquotedText(57, Place.FOOTNOTE, "", "")),
        p.unquoted());
    assertEquals(
        List.of(new StruckText(52, "Disclosures to the press are never protected.", "3.3")),
        p.struckText());
  }

  // 1. Backslash escapes and hard line breaks

  @Test
  void an_escaped_number_or_letter_starts_a_clause_as_the_unescaped_one_does() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            1\\. Scope

            1.1 Leave may be granted for:

            \\(a\\) moving house;

            b\\) a child's graduation.

            1.2 Other leave is unpaid.
            """);
    assertEquals(List.of("1.1", "1.1(a)", "1.1(b)", "1.2"), ids(p));
    assertEquals("Scope", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals("moving house;", text(p, "1.1(a)"));
    assertEquals("a child's graduation.", text(p, "1.1(b)"));
  }

  @Test
  void an_escaped_bracket_asterisk_or_underscore_is_quoted_without_its_backslash()
      throws Exception {
    Policy p =
        parse(
            """
            # Pay Policy

            ## 3. Pay Awards

            3.2 The pay committee of \\[insert name of school\\] meets in the autumn term\\*.

            3.3 Claims go to pay\\_claims\\@example.org or C:\\Pay\\\\Claims, marked \\*\\*urgent\\*\\*.

            \\* Dates may vary in academies that have opted out.

            \\# of staff paid: see the \\[payroll\\](report).
            """);
    assertEquals(
        "The pay committee of [insert name of school] meets in the autumn term*.", text(p, "3.2"));
    // A backslash before anything but punctuation is a backslash; "\\" is one backslash.
    assertEquals(
        "Claims go to pay_claims@example.org or C:\\Pay\\Claims, marked **urgent**. * Dates may"
            + " vary in academies that have opted out. # of staff paid: see the [payroll](report).",
        text(p, "3.3"));
    // An escaped asterisk at the start of a line is a note, not a bullet.
    assertEquals(1, p.clause("3.3").orElseThrow().blocks().size());
  }

  @Test
  void a_backslash_at_the_end_of_a_line_is_a_line_break_in_clauses_and_metadata() throws Exception {
    Policy p =
        parse(
            """
            **Staff Code of Conduct**

            **Version:** 2.0\\
            **Approved by:** Board of Trustees\\
            **Review date:** July 2026

            ## 1. Scope

            1.1 This code applies to all staff.\\
            It applies to volunteers too.
            """);
    assertEquals("V2.0", p.metadata().version());
    assertEquals("Board of Trustees", p.metadata().fields().get("Approved by"));
    assertEquals("This code applies to all staff. It applies to volunteers too.", text(p, "1.1"));
  }

  @Test
  void escaped_parentheses_inside_a_link_url_stay_part_of_the_url() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            ## 1. Requests

            1.1 Use the [leave form](https://example.org/forms/leave\\(2024\\).pdf) for leave.
            """);
    assertEquals("Use the leave form for leave.", text(p, "1.1"));
  }

  // 2. Attributes, spans, super- and subscripts, struck text

  @Test
  void spans_and_attributes_leave_their_words_only() throws Exception {
    Policy p =
        parse(
            """
            # IT Policy

            ## 1. Introduction {#introduction}

            ### []{#_Toc1234 .anchor}1.1 Scope {.unnumbered}

            1.1.1 Staff must [never]{.underline} share passwords.

            1.1.2 Report a loss to the [IT service desk]{custom-style="Strong"} at once, and
            [read the guidance
            first]{.mark}.

            ![](media/image3.png){width="6.2in" height="2.1in"}
            """);
    assertEquals(List.of("1.1.1", "1.1.2"), ids(p));
    assertEquals(
        List.of(new Section("1", "Introduction", 1, 3), new Section("1.1", "Scope", 2, 5)),
        p.sections());
    assertEquals("Staff must never share passwords.", text(p, "1.1.1"));
    assertEquals(
        "Report a loss to the IT service desk at once, and read the guidance first.",
        text(p, "1.1.2"));
  }

  @Test
  void superscripts_and_subscripts_read_as_their_letters() throws Exception {
    Policy p =
        parse(
            """
            # Health and Safety Policy

            ## 3. Hazards

            3.1 Pay awards are backdated to 1^st^ September, and CO~2~ monitors are checked on the
            2^nd^ day of each term.
            """);
    assertEquals(
        "Pay awards are backdated to 1st September, and CO2 monitors are checked on the 2nd day"
            + " of each term.",
        text(p, "3.1"));
  }

  @Test
  void struck_through_words_are_quoted_and_named_for_check() throws Exception {
    Policy p =
        parse(
            """
            # Pay Policy

            ## 3. Pay Awards

            3.3 ~~Increments are automatic.~~ Increments depend on performance.

            3.4 Awards agreed by the pay committee are paid to staff ~~in~~
            ~~September~~ from April.

            3.5 Claims are paid ~~on the 1^st^~~ monthly.
            """);
    assertEquals("Increments are automatic. Increments depend on performance.", text(p, "3.3"));
    assertEquals(
        "Awards agreed by the pay committee are paid to staff in September from April.",
        text(p, "3.4"));
    assertEquals("Claims are paid on the 1st monthly.", text(p, "3.5"));
    assertEquals(
        List.of(
            new StruckText(5, "Increments are automatic.", "3.3"),
            new StruckText(7, "in", "3.4"),
            new StruckText(8, "September", "3.4"),
            new StruckText(10, "on the 1st", "3.5")),
        p.struckText());
  }

  @Test
  void tildes_and_carets_that_are_not_markup_stay() throws Exception {
    Policy p =
        parse(
            """
            # Pay Policy

            ## 3. Pay Awards

            3.1 Allow ~5 days, or ~ a week, for a claim ^ see https://example.org/~pay/~claims.
            """);
    assertEquals(
        "Allow ~5 days, or ~ a week, for a claim ^ see https://example.org/~pay/~claims.",
        text(p, "3.1"));
  }

  // 3. Footnotes

  /**
   * Confluence writes footnotes as HTML: the footnote's line became a clause "1" holding the export
   * footer, and "evidence1" stayed in the clause that marks it (a blind round of exports).
   */
  @Test
  void html_footnotes_and_the_confluence_footer_are_kept_out_of_every_clause() throws Exception {
    Policy p =
        parse(
            """
            # References Policy

            ## 2. Content

            2.4 References will not include opinions unsupported by evidence<sup>1</sup>.

            2.5 Each room has at least 2m<sup>2</sup> of floor space per person.

            <sup>1</sup> Employers owe a duty of care to the subject of a reference.

            Document generated by Confluence on 14 Jan 2025 10:12

            [Atlassian](http://www.atlassian.com/)
            """);
    assertEquals(List.of("2.4", "2.5"), ids(p));
    assertEquals("References will not include opinions unsupported by evidence.", text(p, "2.4"));
    assertEquals("Each room has at least 2m2 of floor space per person.", text(p, "2.5"));
    assertEquals(List.of(new UnquotedText(9, UnquotedText.Place.FOOTNOTE, "", "")), p.unquoted());
  }

  /**
   * A review found a footnote's second line quoted in the clause above, a wrapped line that starts
   * with "<sup>2</sup>" blanked as a footnote, and "10 m<sup>2</sup>" losing its unit.
   */
  @Test
  void an_html_footnote_is_a_paragraph_and_a_unit_s_power_stays() throws Exception {
    Policy p =
        parse(
            """
            # Premises Policy

            ## 1. Space

            1.1 Each member of staff must have at least 10 m<sup>2</sup> of floor space<sup>1</sup>.

            1.2 No room may hold more than 30 staff at least 10
            <sup>2</sup> of floor space apart.

            <sup>1</sup> The Workplace Regulations 1992
            set the minimum at 11 cubic metres per person.

            <sup>2</sup> Approved Code of Practice L24.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals("Each member of staff must have at least 10 m2 of floor space.", text(p, "1.1"));
    assertEquals(
        "No room may hold more than 30 staff at least 10 of floor space apart.", text(p, "1.2"));
  }

  /** A code fence's backticks were quoted as the first and last words of a flowchart. */
  @Test
  void code_fences_are_no_words() throws Exception {
    Policy p =
        parse(
            """
            # Allegations Policy

            ## 6. Outcomes

            6.1 Outcomes are recorded.

            ### Flowchart

            ```text
            Allegation received
            Report to headteacher
            ```
            """);
    assertEquals("Allegation received Report to headteacher", text(p, "6 under Flowchart"));
  }

  @Test
  void footnote_marks_go_and_footnotes_are_kept_out_of_every_clause() throws Exception {
    Policy p =
        parse(
            """
            # Whistleblowing Policy

            ## 1. Introduction

            1.1 Concerns can be raised in writing.[^1]

            1.2 Staff should not investigate themselves.[^note]

            [^1]: Public Interest Disclosure Act 1998.

            [^note]: A longer note that wraps
                onto a second line.

                And a second paragraph.
            """);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals("Concerns can be raised in writing.", text(p, "1.1"));
    assertEquals("Staff should not investigate themselves.", text(p, "1.2"));
    assertEquals(
        List.of(
            new UnquotedText(9, Place.FOOTNOTE, "", ""),
            new UnquotedText(11, Place.FOOTNOTE, "", "")),
        p.unquoted());
  }

  // 4. Indented paragraphs exported as blockquotes

  @Test
  void a_blockquoted_paragraph_is_a_clause_of_its_own() throws Exception {
    Policy p =
        parse(
            """
            # Pay Policy

            ## 3. Pay Awards

            3.3 Increments depend on performance.

            > 3.4 Support staff pay is set by the NJC.

            > 3.5 Where the award is delayed, arrears are paid in the next
            > available payroll run.
            >
            > > 3.5.1 Arrears are paid in full.

            3.6 Pay is reviewed each year.
            """);
    assertEquals(List.of("3.3", "3.4", "3.5", "3.5.1", "3.6"), ids(p));
    assertEquals("Increments depend on performance.", text(p, "3.3"));
    assertEquals(
        "Where the award is delayed, arrears are paid in the next available payroll run.",
        text(p, "3.5"));
    assertEquals("Arrears are paid in full.", text(p, "3.5.1"));
  }

  @Test
  void a_greater_than_sign_that_is_not_a_quote_marker_stays() throws Exception {
    Policy p =
        parse(
            """
            # Absence Policy

            ## 3. Triggers

            3.1 A review meeting with the line manager is held after
            >5 days of absence, and \\> 3 absences.
            """);
    assertEquals(
        "A review meeting with the line manager is held after >5 days of absence, and > 3"
            + " absences.",
        text(p, "3.1"));
  }

  // 5. Bold paragraph numbers

  /**
   * Google Docs' "Download as Markdown" escapes the point inside a bold number; the whole file was
   * refused ("no numbered clauses found").
   */
  @Test
  void a_google_docs_bold_number_with_an_escaped_point_starts_a_clause() throws Exception {
    Policy p =
        parse(
            """
            # **Staff Workload Protocol**

            ### **1\\. Purpose**

            **1\\.1.** This protocol sets out the Trust&#39;s expectations on emails.

            **1\\.2** It applies to all staff.

            ### **2\\. Email**

            **2\\.1.** – Staff need not reply to emails after 6pm.
            """);
    assertEquals(List.of("1.1", "1.2", "2.1"), ids(p));
    assertEquals("This protocol sets out the Trust's expectations on emails.", text(p, "1.1"));
    assertEquals("Staff need not reply to emails after 6pm.", text(p, "2.1"));
    assertEquals("Email", p.clause("2.1").orElseThrow().sectionTitle());
  }

  @Test
  void a_bold_paragraph_number_starts_a_clause() throws Exception {
    Policy p =
        parse(
            """
            # Code of Conduct

            **Owner:** HR Director

            **1. Scope**

            **1.1** This code applies to all staff.

            __1.2__ It applies to governors and volunteers too.

            **2. Annual Leave**

            **2.1 Entitlement.** Support staff are entitled to 27 days' leave.

            **2.2 Carry-over:** Up to five days may be carried over with approval.

            **2.3** **Dress code.** Staff dress appropriately.
            """);
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3"), ids(p));
    assertEquals("HR Director", p.metadata().owner());
    assertEquals("Scope", p.clause("1.1").orElseThrow().sectionTitle());
    assertEquals("This code applies to all staff.", text(p, "1.1"));
    assertEquals("It applies to governors and volunteers too.", text(p, "1.2"));
    assertEquals("Annual Leave", p.clause("2.1").orElseThrow().sectionTitle());
    assertEquals("Entitlement. Support staff are entitled to 27 days' leave.", text(p, "2.1"));
    assertEquals("Carry-over: Up to five days may be carried over with approval.", text(p, "2.2"));
    assertEquals("Dress code. Staff dress appropriately.", text(p, "2.3"));
    assertTrue(p.unquoted().isEmpty(), p.unquoted()::toString);
  }

  @Test
  void a_bold_label_that_starts_with_a_number_is_still_a_label() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            ## 2. Definitions

            2.1 These words have these meanings:

            **10 days:** ten working days, not counting bank holidays.
            """);
    assertEquals(List.of("2.1"), ids(p));
    assertEquals(
        "These words have these meanings: 10 days: ten working days, not counting bank holidays.",
        text(p, "2.1"));
  }
}
