package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

class PolicyParserTest {

  static final Path SEED = Path.of("../policies/social-media-policy.md");

  static Policy fixture(String name) throws Exception {
    try (InputStream in = PolicyParserTest.class.getResourceAsStream(name)) {
      return PolicyParser.parse(PolicyParser.policyId(Path.of(name)), name, in.readAllBytes());
    }
  }

  static List<String> ids(Policy p) {
    return p.clauses().stream().map(Clause::id).toList();
  }

  @Test
  void seed_policy_yields_every_lettered_clause_and_nothing_from_tables_or_contents()
      throws Exception {
    Policy p = PolicyParser.parse(SEED);
    assertEquals(
        List.of(
            "1(a)", "2(a)", "3(a)", "3(b)", "3(c)", "4.1(a)", "4.1(b)", "4.2(a)", "4.2(b)",
            "4.3(a)", "4.4(a)", "4.4(b)", "4.4(c)", "4.5(a)", "4.5(b)", "4.6(a)", "4.6(b)",
            "4.6(c)", "4.7(a)", "4.7(b)", "4.7(c)", "4.7(d)", "4.8(a)", "4.8(b)", "4.9(a)",
            "4.9(b)", "5(a)"),
        ids(p));
  }

  @Test
  void seed_policy_keeps_title_metadata_and_section_titles() throws Exception {
    Policy p = PolicyParser.parse(SEED);
    assertEquals("social-media-policy", p.id());
    assertEquals("Social Media Policy", p.title());
    assertEquals("V1.0", p.metadata().version());
    assertEquals("HR Director", p.metadata().owner());
    assertEquals("CLT-SMP-V1.0", p.metadata().reference());
    assertEquals("14th December 2020", p.metadata().approvalDate());
    assertEquals("February 2022", p.metadata().reviewDate());
    Clause c = p.clause("4.6(c)").orElseThrow();
    assertEquals("4.6", c.sectionId());
    assertEquals("Protecting Our Partners", c.sectionTitle());
    assertEquals("clause-4-6-c", c.anchor());
    assertEquals("Purpose and Scope", p.clause("3(b)").orElseThrow().sectionTitle());
    assertTrue(p.sections().contains(new Section("4", "Procedure", 1, 70)), p.sections()::toString);
  }

  @Test
  void seed_quotes_are_plain_text_with_inline_html_removed() throws Exception {
    Policy p = PolicyParser.parse(SEED);
    String text = p.clause("4.6(c)").orElseThrow().text();
    assertTrue(
        text.startsWith("Staff should not befriend students who are currently at the school"),
        text);
    assertTrue(text.contains("at the Academy or 6th form and should not befriend"), text);
    assertFalse(text.contains("<"), text);
  }

  @Test
  void numbered_paragraph_shape_with_dot_leader_contents_and_lettered_items() throws Exception {
    Policy p = fixture("numbered-paragraphs.txt");
    assertEquals(
        List.of(
            "1.1", "1.2", "2.1", "2.2", "2.2(a)", "2.2(b)", "2.2(c)", "2.3", "3.1", "3.2", "4.1",
            "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10"),
        ids(p));
    assertEquals("Staff Code of Conduct", p.title());
    assertEquals("V3.2", p.metadata().version());
    assertEquals("Head of HR", p.metadata().owner());
    assertEquals("September 2027", p.metadata().reviewDate());
  }

  @Test
  void clause_4_10_is_not_4_1_and_runs_over_two_lines() throws Exception {
    Policy p = fixture("numbered-paragraphs.txt");
    assertEquals("School laptops are for work purposes.", p.clause("4.1").orElseThrow().text());
    assertEquals(
        "Breaches of this section may lead to disciplinary action under the disciplinary policy,"
            + " up to and including dismissal.",
        p.clause("4.10").orElseThrow().text());
    assertEquals("clause-4-10", p.clause("4.10").orElseThrow().anchor());
  }

  @Test
  void lettered_items_keep_their_lead_in_as_context() throws Exception {
    Policy p = fixture("numbered-paragraphs.txt");
    Clause b = p.clause("2.2(b)").orElseThrow();
    assertEquals("physical violence; and", b.text());
    assertEquals("The following are examples of gross misconduct:", b.context());
    assertEquals("Conduct at Work", b.sectionTitle());
    assertEquals(
        "serious breaches of health and safety rules.", p.clause("2.2(c)").orElseThrow().text());
  }

  /**
   * Word's multi-level numbering puts the items of a lead-in one level down ("4.1.1") instead of
   * lettering them: without its lead-in "lock the main gates." says nothing of who must do it.
   */
  @Test
  void numbered_sub_paragraphs_under_a_colon_keep_their_lead_in_as_context() throws Exception {
    Policy p =
        ParsedPolicies.parse(
            """
            # Lone Working Policy

            ## 4. Locking Up

            4.1 At the end of the day the caretaker
            will:

            4.1.1 check that every classroom is empty;

            4.1.2 lock the main gates.

            The caretaker will then email the site manager.

            4.2 Staff working alone must carry a phone.

            4.2.1 The phone must be charged.
            """);
    assertEquals(List.of("4.1", "4.1.1", "4.1.2", "4.2", "4.2.1"), ParsedPolicies.ids(p));
    assertEquals(
        "At the end of the day the caretaker will:", p.clause("4.1.2").orElseThrow().context());
    assertEquals("lock the main gates.", p.clause("4.1.2").orElseThrow().text());
    // A paragraph after the sub-paragraphs closes their list, as after lettered items.
    assertEquals(
        "At the end of the day the caretaker will: The caretaker will then email the site manager.",
        p.clause("4.1").orElseThrow().text());
    assertEquals("", p.clause("4.2").orElseThrow().context());
    // 4.2 is a sentence of its own, not a lead-in: 4.2.1 stands alone as before.
    assertEquals("", p.clause("4.2.1").orElseThrow().context());
  }

  /**
   * A review of the sub-paragraph lead-ins found bullets under "3.1.1 bring the following
   * documents:" moved to 3.1, and a paragraph between two sub-paragraphs ending 4.1's list early.
   */
  @Test
  void what_sits_under_a_sub_paragraph_stays_with_it() throws Exception {
    Policy p =
        ParsedPolicies.parse(
            """
            # Induction Policy

            ## 3. First day

            3.1 On their first day new staff will:

            3.1.1 bring the following documents:

            - passport or birth certificate;
            - bank details.

            3.1.2 open the gates at 7am.

            This includes the side gate on Mill Lane.

            3.1.3 report any damage.

            3.2 Employees must:

            (a) phone in by 9am;

            (b) complete a form.

            3.2.1 Casual staff are not covered by 3.2.
            """);
    assertEquals("On their first day new staff will:", p.clause("3.1").orElseThrow().text());
    assertEquals(
        "bring the following documents: passport or birth certificate; bank details.",
        p.clause("3.1.1").orElseThrow().text());
    assertEquals(
        "open the gates at 7am. This includes the side gate on Mill Lane.",
        p.clause("3.1.2").orElseThrow().text());
    assertEquals("On their first day new staff will:", p.clause("3.1.3").orElseThrow().context());
    // 3.2 led into its letters; the sub-paragraph after them is a paragraph of its own.
    assertEquals("", p.clause("3.2.1").orElseThrow().context());
  }

  /**
   * A document-control table or line between clauses ends with its rows: the clauses after it were
   * skipped as its rows, without a warning.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "| Amendments |\n|---|\n| None this year |\n",
        "Document control\n| Version | 2.0 |\n| Owner | HR Director |\n"
      })
  void clauses_after_a_document_control_block_among_them_are_kept(String block) throws Exception {
    Policy p =
        ParsedPolicies.parse(
            "# Records Policy\n\n## 7. Review\n\n7.1 Changes to this policy are recorded"
                + " below.\n\n"
                + block
                + "\n7.2 This policy is reviewed every two years.\n\n7.3 Staff may comment"
                + " on it.\n");
    assertEquals(List.of("7.1", "7.2", "7.3"), ParsedPolicies.ids(p));
    assertEquals(
        "Changes to this policy are recorded below.", p.clause("7.1").orElseThrow().text());
  }

  /**
   * Column headings are not fields ("| Version | Date |" gave the version "Date"), a table of
   * amended clause numbers is no version history, and a sentence after "Review:" is no date.
   */
  @Test
  void history_headings_amendment_tables_and_review_sentences_are_not_misread() throws Exception {
    String doc =
        """
        # Records Policy

        | Version | Date |
        |---|---|
        | 1.0 | January 2023 |
        | 2.0 | January 2025 |

        Review: The policy will be reviewed every two years.

        ## 1. Introduction

        1.1 This policy covers records.

        ## Document control

        | Section | Amendment | Date |
        |---|---|---|
        | 4.3 | Retention period changed | 2024 |
        | 12.1 | New contact | 2025 |
        """;
    Policy p = PolicyParser.parse("records", "records.md", doc.getBytes(UTF_8));
    assertEquals("V2.0", p.metadata().version());
    assertEquals("", p.metadata().reviewDate());
    assertEquals(List.of("1.1"), ids(p));
  }

  @Test
  void an_approved_label_is_the_approval_date_and_approved_by_is_not() throws Exception {
    String doc =
        """
        # Lone Working Policy

        **Approved by:** Trust Board
        **Approved:** 5 February 2025
        **Review date:** February 2026

        ## 1. Purpose

        1.1 This policy protects staff who work alone.
        """;
    Policy p = PolicyParser.parse("lone-working", "lone-working.md", doc.getBytes(UTF_8));
    assertEquals("5 February 2025", p.metadata().approvalDate());
    assertEquals("February 2026", p.metadata().reviewDate());
  }

  /** Who approved a policy often comes with when, in one cell or after one label. */
  @Test
  void approved_by_with_a_date_gives_the_approval_date() throws Exception {
    String doc =
        """
        # Lettings Policy

        | | |
        |---|---|
        | Approved by | Board of Trustees, 12 March 2024 |
        | Review date | March 2026 |

        ## 1. Purpose

        1.1 This policy sets out how school premises are let.
        """;
    Policy p = PolicyParser.parse("lettings", "lettings.md", doc.getBytes(UTF_8));
    assertEquals("12 March 2024", p.metadata().approvalDate());
    assertEquals("March 2026", p.metadata().reviewDate());
  }

  /**
   * A one-line summary under the title: each field is read, and the version is not the whole rest
   * of the line ("3.0 | Approved: 12 March 2024 | …", which answers used to show as the version).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Version: 3.0 | Approved: 12 March 2024 | Review: March 2026 | Owner: Business Manager",
        "Version 3.0  |  Approved: 12 March 2024  |  Review: March 2026  |  Owner: Business Manager",
        "Version 3.0\tApproved: 12 March 2024\tReview: March 2026\tOwner: Business Manager",
        "**Version:** 3.0 | Approved: 12 March 2024 | Review: March 2026 | Owner: Business Manager"
      })
  void a_line_of_several_metadata_fields_is_read_field_by_field(String summary) throws Exception {
    String doc =
        "# Lettings Policy\n\n"
            + summary
            + "\n\n## 1. Purpose\n\n1.1 This policy sets out how school premises are let.\n";
    Policy p = PolicyParser.parse("lettings", "lettings.md", doc.getBytes(UTF_8));
    assertEquals("V3.0", p.metadata().version());
    assertEquals("12 March 2024", p.metadata().approvalDate());
    assertEquals("March 2026", p.metadata().reviewDate());
    assertEquals("Business Manager", p.metadata().owner());
    assertEquals(List.of("1.1"), ids(p));
  }

  /** An approval written as a phrase, alone on its line or among other fields. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Approved by Trustees on 9 July 2025",
        "Version 3.0 | Owner: Director of People | Approved by Trustees on 9 July 2025",
        "**Approved by Trustees:** 9 July 2025"
      })
  void an_approval_phrase_with_a_date_gives_the_approval_date(String line) throws Exception {
    String doc =
        "# Lettings Policy\n\n"
            + line
            + "\n\n## 1. Purpose\n\n1.1 This policy sets out how school premises are let.\n";
    Policy p = PolicyParser.parse("lettings", "lettings.md", doc.getBytes(UTF_8));
    assertEquals("9 July 2025", p.metadata().approvalDate());
    assertEquals(List.of("1.1"), ids(p));
  }

  @Test
  void a_bar_inside_a_metadata_value_with_no_label_after_it_stays_in_the_value() throws Exception {
    String doc =
        """
        # Lettings Policy

        **Owner:** Business Manager | Site Manager

        ## 1. Purpose

        1.1 This policy sets out how school premises are let.
        """;
    Policy p = PolicyParser.parse("lettings", "lettings.md", doc.getBytes(UTF_8));
    assertEquals("Business Manager | Site Manager", p.metadata().owner());
  }

  /**
   * A document-control table at the end of the policy: its fields are the policy's metadata, and
   * none of its words are quoted as the end of the last clause (they were, bars and all).
   */
  @Test
  void a_document_control_table_at_the_end_is_metadata_not_the_last_clause() throws Exception {
    String doc =
        """
        # Bereavement Leave Policy

        ## 5. Religious needs

        5.1 The headteacher may grant up to 5 days' additional unpaid leave.

        ---

        | Document control | |
        |---|---|
        | Version | 1.1 |
        | Owner | HR Director |
        | Approved by Trustees on | 30 January 2026 |
        | Date of next review | January 2028 |
        """;
    Policy p = PolicyParser.parse("bereavement", "bereavement.md", doc.getBytes(UTF_8));
    assertEquals(List.of("5.1"), ids(p));
    assertEquals(
        "The headteacher may grant up to 5 days' additional unpaid leave.",
        p.clause("5.1").orElseThrow().text());
    assertEquals("V1.1", p.metadata().version());
    assertEquals("HR Director", p.metadata().owner());
    assertEquals("30 January 2026", p.metadata().approvalDate());
    assertEquals("January 2028", p.metadata().reviewDate());
  }

  /**
   * Fields under a "Document control" heading, after its version-history table, are read; the
   * version is the highest the history lists; the contents list after it is not metadata.
   */
  @Test
  void fields_and_the_latest_version_under_a_document_control_heading_are_read() throws Exception {
    String doc =
        """
        PROBATION POLICY

        Document control

        Version\tDate\tAuthor\tChanges
        1.0\tMay 2022\tHR Manager\tNew policy
        2.0\tJanuary 2026\tHead of HR\tUpdated
        1.1\tJune 2024\tHR Manager\tReview meetings

        Policy owner: Head of HR
        Review date: January 2028

        CONTENTS
        1. Purpose\t2
        2. Review meetings\t3

        1. PURPOSE

        1.1 This policy sets out probation for support staff.

        2. REVIEW MEETINGS

        2.1 Reviews are held at one, three and five months.
        """;
    Policy p = PolicyParser.parse("probation", "probation.txt", doc.getBytes(UTF_8));
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals("V2.0", p.metadata().version());
    assertEquals("Head of HR", p.metadata().owner());
    assertEquals("January 2028", p.metadata().reviewDate());
    assertFalse(
        p.metadata().fields().keySet().stream().anyMatch(k -> k.contains("Review meetings")),
        p.metadata().fields().toString());
  }

  @Test
  void a_front_matter_version_history_table_gives_the_latest_version() throws Exception {
    String doc =
        """
        # Grievance Policy

        | Version | Date | Author | Changes |
        |---|---|---|---|
        | 1.0 | May 2022 | HR | New policy |
        | 2.0 | January 2026 | Head of HR | Updated |

        ## 1. Purpose

        1.1 This policy helps staff raise concerns.
        """;
    Policy p = PolicyParser.parse("grievance", "grievance.md", doc.getBytes(UTF_8));
    assertEquals("V2.0", p.metadata().version());
  }

  @Test
  void markdown_numbered_paragraphs_with_table_metadata_and_tab_contents() throws Exception {
    Policy p = fixture("numbered-paragraphs.md");
    assertEquals(List.of("1.1", "2.1", "2.2", "2.2(a)", "2.2(b)", "2.3"), ids(p));
    assertEquals("Lone Working Policy", p.title());
    assertEquals("V1.4", p.metadata().version());
    assertEquals("Estates Manager", p.metadata().owner());
    assertEquals("March 2030", p.metadata().reviewDate());
    assertEquals("The site team will:", p.clause("2.2(a)").orElseThrow().context());
  }

  @Test
  void title_falls_back_to_the_file_name() throws Exception {
    Policy p =
        PolicyParser.parse(
            "data-protection",
            "data-protection.md",
            "1. Scope\n\n1.1 It applies to all.\n".getBytes());
    assertEquals("Data Protection", p.title());
    assertEquals(List.of("1.1"), ids(p));
  }

  @Test
  void a_section_with_prose_and_no_items_becomes_one_clause() throws Exception {
    String doc =
        "# Short Policy\n\n## 1. Purpose\n\nThis policy explains\nhow we work.\n\n## 2. Review\n\n- a. Yearly.\n";
    Policy p = PolicyParser.parse("short", "short.md", doc.getBytes());
    assertEquals(List.of("1", "2(a)"), ids(p));
    assertEquals("This policy explains how we work.", p.clause("1").orElseThrow().text());
  }

  @Test
  void a_section_with_only_a_table_becomes_one_clause_like_a_prose_only_section() throws Exception {
    String doc =
        """
        # Expenses Policy

        ## 1. Travel

        1.1 Mileage is paid at 45p per mile.

        ## 2. What Can Be Claimed

        | Item | Can be claimed? |
        |---|---|
        | Parking at a training venue | Yes, with receipt |
        | Parking or speeding fines | No |

        ## 3. Version history

        | Version | Date | Change |
        |---|---|---|
        | 1.0 | Sept 2024 | New policy |
        """;
    Policy p = PolicyParser.parse("expenses", "expenses.md", doc.getBytes(UTF_8));
    // The version table is about the document, as it is under an unnumbered heading.
    assertEquals(List.of("1.1", "2"), ids(p));
    Clause table = p.clause("2").orElseThrow();
    assertEquals(
        "Item Can be claimed? Parking at a training venue Yes, with receipt Parking or speeding"
            + " fines No",
        table.text());
    assertEquals("What Can Be Claimed", table.sectionTitle());
    assertEquals(9, table.line());
  }

  @Test
  void roman_sub_items_stay_inside_their_lettered_clause() throws Exception {
    String doc =
        "1. Leave\n\n1.1 Leave may be taken:\n(a) with notice, which means:\n(i) two weeks; or\n(ii) one week in an emergency;\n(b) with approval.\n";
    Policy p = PolicyParser.parse("leave", "leave.txt", doc.getBytes());
    assertEquals(List.of("1.1", "1.1(a)", "1.1(b)"), ids(p));
    assertEquals(
        "with notice, which means: (i) two weeks; or (ii) one week in an emergency;",
        p.clause("1.1(a)").orElseThrow().text());
  }

  @Test
  void a_paragraph_after_a_lettered_list_belongs_to_the_numbered_paragraph() throws Exception {
    String doc =
        "1. Passwords\n\n1.1 Staff must:\n(a) keep passwords private;\n(b) lock screens when\naway.\n\n"
            + "Breaches of these rules\nare reported to the DPO.\n\n1.2 Accounts expire.\n";
    Policy p = PolicyParser.parse("it", "it.txt", doc.getBytes());
    assertEquals(List.of("1.1", "1.1(a)", "1.1(b)", "1.2"), ids(p));
    assertEquals("lock screens when away.", p.clause("1.1(b)").orElseThrow().text());
    assertEquals(
        "Staff must: Breaches of these rules are reported to the DPO.",
        p.clause("1.1").orElseThrow().text());
  }

  @Test
  void a_letter_i_after_h_is_a_lettered_item_not_a_roman_numeral() throws Exception {
    StringBuilder doc = new StringBuilder("1. List\n\n");
    for (char c = 'a'; c <= 'j'; c++) {
      doc.append("- ").append(c).append(". Item ").append(c).append(".\n");
    }
    Policy p = PolicyParser.parse("list", "list.md", doc.toString().getBytes());
    assertTrue(ids(p).contains("1(i)"), ids(p).toString());
    assertTrue(ids(p).contains("1(j)"), ids(p).toString());
  }

  @Test
  void html_entities_and_emphasis_are_removed_from_quotes() throws Exception {
    String doc =
        "## 1. Gifts\n\n- a. Gifts &amp; hospitality over &pound;25 **must** be <b>declared</b>.\n";
    Policy p = PolicyParser.parse("gifts", "gifts.md", doc.getBytes());
    assertEquals(
        "Gifts & hospitality over \u00A325 must be declared.",
        p.clause("1(a)").orElseThrow().text());
  }

  @Test
  void markdown_links_are_quoted_as_their_text_whatever_their_url_holds() throws Exception {
    Policy p = fixture("intranet-links.md");
    assertEquals(
        "Ask your line manager first, using the leave guide and the calendar.",
        p.clause("1.1").orElseThrow().text());
    assertEquals("Use the form at the intranet for leave.", p.clause("1.2").orElseThrow().text());
    assertEquals(
        "The signed form goes to HR within five days.", p.clause("1.3").orElseThrow().text());
    assertEquals(
        "Read the guidance on unpaid leave before you ask.", p.clause("1.4").orElseThrow().text());
    assertEquals("Send the request form to HR.", p.clause("1.5").orElseThrow().text());
    assertEquals(
        "Appeals go to the panel (see 2.2) within ten days.", p.clause("2.1").orElseThrow().text());
    assertEquals("March 2026", p.metadata().reviewDate());
  }

  @Test
  void a_link_the_parser_cannot_read_is_quoted_as_written_not_cut() throws Exception {
    Policy p = fixture("intranet-links.md");
    assertEquals(
        "The panel meets monthly as listed and the minutes are kept.",
        p.clause("2.2").orElseThrow().text());
    assertEquals(
        "Minutes are [kept online](https://intranet.example.org/minutes (2024) archive) for a"
            + " year.",
        p.clause("2.3").orElseThrow().text());
  }

  @Test
  void a_bold_definition_label_keeps_its_own_punctuation_and_gets_no_colon() throws Exception {
    String doc =
        """
        # Maternity Policy

        ## 2. Definitions

        2.1 In this policy:

        **EWC** – the expected week of childbirth.

        **KIT days**: keeping in touch days.

        **SMP** means Statutory Maternity Pay.

        **Notice:** eight weeks.
        """;
    Policy p = PolicyParser.parse("maternity", "maternity.md", doc.getBytes(UTF_8));
    assertEquals(
        "In this policy: EWC – the expected week of childbirth. KIT days: keeping in touch days."
            + " SMP means Statutory Maternity Pay. Notice: eight weeks.",
        p.clause("2.1").orElseThrow().text());
  }

  @Test
  void crlf_line_endings_and_a_byte_order_mark_are_accepted() throws Exception {
    byte[] body = "1. Scope\r\n\r\n1.1 Everyone.\r\n1.2 Always.\r\n".getBytes();
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Policy p = PolicyParser.parse("crlf", "crlf.txt", withBom);
    assertEquals(List.of("1.1", "1.2"), ids(p));
    assertEquals("Everyone.", p.clause("1.1").orElseThrow().text());
  }

  @Test
  void policy_ids_come_from_file_names() throws IOException {
    assertEquals("social-media-policy", PolicyParser.policyId(Path.of("x/social-media-policy.md")));
    assertTrue(PolicyParser.isPolicyFile(Path.of("a.md")));
    assertTrue(PolicyParser.isPolicyFile(Path.of("a.TXT")));
    assertFalse(PolicyParser.isPolicyFile(Path.of("a.docx")));
    assertFalse(PolicyParser.isPolicyFile(Path.of(".hidden.md")));
  }

  @Test
  void bold_only_lines_are_headings_and_the_title() throws Exception {
    Policy p = fixture("bold-headings.md");
    assertEquals("Whistleblowing Policy", p.title());
    assertEquals("V2", p.metadata().version());
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), ids(p));
    assertEquals("This policy applies to all staff.", p.clause("1.2").orElseThrow().text());
    assertEquals("How to raise a concern", p.clause("2.1").orElseThrow().sectionTitle());
  }

  @Test
  void section_words_before_numbers_are_headings() throws Exception {
    Policy p = fixture("section-words.txt");
    assertEquals(List.of("1.1", "2.1", "2.2", "3.1"), ids(p));
    assertEquals("Informal stage", p.clause("2.2").orElseThrow().sectionTitle());
    assertEquals(
        "This procedure helps staff raise grievances.", p.clause("1.1").orElseThrow().text());
  }

  @Test
  void an_appendix_with_its_own_numbering_is_not_read_as_clauses() throws Exception {
    Policy p = fixture("numbered-paragraphs.txt");
    assertFalse(p.clause("1").isPresent());
    assertTrue(p.clause("4.10").orElseThrow().text().endsWith("up to and including dismissal."));
  }

  @Test
  void a_trust_name_heading_above_the_title_heading_does_not_become_the_title() throws Exception {
    String text =
        """
        # Northgate Academies Trust

        # Staff Code of Conduct

        ## 1. Purpose

        1.1 This code sets the standards expected of staff.
        """;
    Policy p =
        PolicyParser.parse(
            "conduct", "conduct.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("Staff Code of Conduct", p.title());
    assertEquals(List.of("1.1"), ids(p));
    assertEquals("Purpose", p.clause("1.1").orElseThrow().sectionTitle());
  }

  @Test
  void a_section_heading_before_the_first_numbered_section_does_not_replace_the_title()
      throws Exception {
    String text =
        """
        # Attendance and Absence

        ## Statement of intent

        We value every member of staff.

        ## 1. Purpose

        1.1 This policy sets out how absence is managed.
        """;
    Policy p =
        PolicyParser.parse(
            "attendance", "attendance.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("Attendance and Absence", p.title());
  }

  @Test
  void a_number_or_section_word_that_starts_a_wrapped_line_stays_in_its_sentence()
      throws Exception {
    // Text exported from a PDF or an email is wrapped at a fixed width: lines can start with
    // "10 working days" or "section 4 and", which once became clauses 10 and 4 (or clashed with
    // the real clause 5 and refused the file) and cut the real clause's quote short.
    String text =
        """
        ANNUAL LEAVE POLICY

        Section 1: Purpose
        1.1 This policy explains how staff request annual leave.

        Section 2 Requests
        2.1 Staff must give at least
        10 working days' notice of any leave request, in line with
        section 3 and Section 4 of the guidance.
        2.2 Requests are approved by the line manager within
        5 days.

        PART 3 - Carry over
        3.1 Up to five days may be carried over to the next leave year.

        ## 5. Sickness
        5.1 Staff who are ill during leave may take it again later.
        """;
    Policy p =
        PolicyParser.parse(
            "leave", "leave.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("1.1", "2.1", "2.2", "3.1", "5.1"), ids(p));
    assertEquals(
        "Staff must give at least 10 working days' notice of any leave request, in line with"
            + " section 3 and Section 4 of the guidance.",
        p.clause("2.1").orElseThrow().text());
    assertEquals(
        "Requests are approved by the line manager within 5 days.",
        p.clause("2.2").orElseThrow().text());
    assertEquals("Requests", p.clause("2.1").orElseThrow().sectionTitle());
    assertEquals("Carry over", p.clause("3.1").orElseThrow().sectionTitle());
  }
}
