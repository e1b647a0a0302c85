package org.policybot.index.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.index.Policy;

class PolicyCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static final String GOOD =
      """
      # LEAVE POLICY

      **Document Owner:** HR Director

      **Version:** V2.0

      **Review Date:** February 2026

      ## 1. PURPOSE

      - a. This policy explains leave.

      ## 2. PROCEDURE

      ### 2.1 Requests

      - a. Ask your line manager for leave in writing.
      - b. Requests need two weeks' notice.

      ### 2.2 Approval

      - a. The headteacher approves leave during term time.
      """;

  @TempDir Path dir;

  private CheckReport check(String name, String text) throws IOException {
    return check(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private CheckReport check(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return PolicyCheck.check(file, Optional.empty(), TODAY);
  }

  private static Finding onlyError(CheckReport report) {
    assertEquals(1, report.errors().size(), () -> report.findings().toString());
    assertFalse(report.publishable());
    return report.errors().get(0);
  }

  @Test
  void a_good_policy_is_publishable_without_warnings() throws IOException {
    CheckReport report = check("leave-policy.md", GOOD);
    assertTrue(report.publishable(), () -> report.findings().toString());
    assertEquals(List.of(), report.findings());
    assertEquals("Leave Policy", report.policy().orElseThrow().title());
    assertEquals(4, report.policy().orElseThrow().clauses().size());
  }

  @Test
  void the_bundled_policy_only_warns_that_its_review_is_overdue() throws IOException {
    Path bundled = Path.of("../policies/social-media-policy.md");
    CheckReport report = PolicyCheck.check(bundled, Optional.empty(), TODAY);
    assertTrue(report.publishable());
    assertEquals(1, report.warnings().size(), () -> report.findings().toString());
    assertTrue(report.warnings().get(0).message().contains("February 2022 has passed"));
  }

  @Test
  void a_document_without_clauses_is_an_error_naming_the_file() throws IOException {
    Finding error =
        check("empty.md", "# NOTHING HERE\n\nJust prose without numbers.\n").errors().get(0);
    assertTrue(
        error.toString().startsWith("empty.md: error: no numbered clauses found"), error::toString);
  }

  @Test
  void a_clause_number_used_twice_is_an_error_at_its_second_line() throws IOException {
    String text = GOOD.replace("- b. Requests need", "- a. Requests need");
    Finding error = onlyError(check("leave-policy.md", text));
    assertEquals(18, error.line());
    assertTrue(
        error.message().contains("clause 2.1(a) appears twice (first at line 17)"),
        error::toString);
  }

  @Test
  void an_empty_clause_is_an_error_at_its_line() throws IOException {
    String text = GOOD + "\n## 3. NOTES\n\n3.1\n\n3.2 Keep records.\n";
    Finding error = onlyError(check("leave-policy.md", text));
    assertEquals(26, error.line());
    assertTrue(error.message().contains("clause 3.1 has no text"), error::toString);
  }

  @Test
  void text_that_is_not_utf8_is_an_error_at_its_line() throws IOException {
    byte[] latin1 =
        GOOD.replace("Ask your", "Ask your caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Finding error = onlyError(check("leave-policy.md", latin1));
    assertEquals(17, error.line());
    assertTrue(error.message().contains("is not valid UTF-8"), error::toString);
  }

  @Test
  void a_missing_file_is_an_error_in_words_not_an_exception_name() {
    Finding error =
        onlyError(PolicyCheck.check(dir.resolve("missing.md"), Optional.empty(), TODAY));
    assertEquals("missing.md: error: cannot be read: no such file", error.toString());
  }

  @Test
  void a_folder_is_an_error_in_words_not_an_exception_name() throws IOException {
    Files.createDirectory(dir.resolve("drafts.md"));
    Finding error = onlyError(PolicyCheck.check(dir.resolve("drafts.md"), Optional.empty(), TODAY));
    assertEquals("drafts.md: error: cannot be read: it is a folder, not a file", error.toString());
  }

  @Test
  void a_utf16_file_is_named_as_utf16_not_as_binary() throws IOException {
    String text = "# LEAVE POLICY\n\n## 1. PURPOSE\n\n- a. This policy explains leave.\n";
    for (byte[] utf16 :
        List.of(
            cat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
            cat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)))) {
      Finding error = onlyError(check("leave-policy.md", utf16));
      assertEquals(
          "leave-policy.md: error: is saved as UTF-16 (Notepad's \"Unicode\"); save it as UTF-8"
              + " (in Notepad: Save As, Encoding: UTF-8)",
          error.toString());
    }
  }

  private static byte[] cat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void a_binary_file_is_an_error() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 8, 'w', 'o', 'r', 'd'};
    Finding error = onlyError(check("leave-policy.md", zip));
    assertTrue(error.message().contains("looks like a binary file"), error::toString);
    assertTrue(error.message().contains("export the policy as Markdown"), error::toString);
  }

  @Test
  void a_file_over_5_mb_is_refused_without_parsing() throws IOException {
    Path file = dir.resolve("huge.md");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(PolicyCheck.MAX_BYTES + 1);
    }
    Finding error = onlyError(PolicyCheck.check(file, Optional.empty(), TODAY));
    assertTrue(error.message().contains("at most 5 MB"), error::toString);
    assertEquals("huge.md", error.source());
  }

  @Test
  void a_file_name_that_cannot_be_an_id_is_an_error_unless_an_id_is_given() throws IOException {
    Path file = dir.resolve("Leave Policy v2.md");
    Files.writeString(file, GOOD);
    assertTrue(
        onlyError(PolicyCheck.check(file, Optional.empty(), TODAY)).message().contains("--id"));
    assertTrue(PolicyCheck.check(file, Optional.of("leave-policy"), TODAY).publishable());
  }

  @Test
  void numbering_gaps_are_warnings_at_the_later_number() throws IOException {
    String text =
        GOOD.replace("### 2.2 Approval", "### 2.4 Approval")
            .replace("- b. Requests need", "- c. Requests need");
    CheckReport report = check("leave-policy.md", text);
    assertTrue(report.publishable());
    List<String> gaps = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "leave-policy.md:18: warning: numbering jumps from 2.1(a) to 2.1(c); is a clause"
                + " missing, or should it be renumbered?",
            "leave-policy.md:22: warning: numbering jumps from 2.1 to 2.4; is a clause missing,"
                + " or should it be renumbered?"),
        gaps);
  }

  @Test
  void a_numbered_line_read_as_a_heading_keeps_its_place_in_the_numbering() throws IOException {
    String text =
        GOOD
            + """

            ## 3. REVIEW

            3.1 Annual Review

            The policy is reviewed every year.

            3.3 Changes are approved by the Board.
            """;
    CheckReport report = check("leave-policy.md", text);
    Policy p = report.policy().orElseThrow();
    assertEquals("Annual Review", p.clause("3.1").orElseThrow().sectionTitle());
    assertEquals(
        List.of(
            "leave-policy.md:30: warning: numbering jumps from 3.1 to 3.3; is a clause missing,"
                + " or should it be renumbered?"),
        report.warnings().stream().map(Finding::toString).toList());
  }

  @Test
  void clause_3_10_after_3_9_is_not_a_gap() throws IOException {
    StringBuilder text = new StringBuilder(GOOD).append("\n## 3. MORE\n\n");
    for (int i = 1; i <= 10; i++) {
      text.append("3.").append(i).append(" Staff must follow rule ").append(i).append(".\n");
    }
    CheckReport report = check("leave-policy.md", text.toString());
    assertEquals(List.of(), report.findings());
    assertTrue(report.policy().orElseThrow().clause("3.10").isPresent());
  }

  @Test
  void example_questions_for_missing_clauses_or_unreadable_are_warnings_at_their_lines()
      throws IOException {
    CheckReport report =
        check(
            "leave.md",
            GOOD
                + """
                <!-- PolicyBot example questions
                2.1(b): how much notice do I give for a day off?
                2.3(a): can I carry leave over?
                2.2a can the head refuse?
                -->
                """);
    assertTrue(report.publishable(), () -> report.findings().toString());
    List<String> warnings = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "leave.md:26: warning: example question not read; write it as the clause number, a"
                + " colon and the question, like '4.6(c): can I add an ex-pupil on Instagram?'",
            "leave.md:25: warning: example question for clause 2.3(a), which the policy does not"
                + " have; it is ignored until the number is corrected"),
        warnings);
    assertEquals(
        List.of("how much notice do I give for a day off?"),
        report.policy().orElseThrow().examples().about("2.1(b)"));
  }

  @Test
  void a_short_line_that_may_be_a_heading_is_quoted_and_named_at_its_line() throws IOException {
    String text =
        "Leave Policy\nOwner: HR\nVersion: 1\nReview date: 2040\n\n1. Leave\n\n1.1 Staff receive"
            + " 28 days of annual leave.\n\nSick pay\n\n1.2 Sick pay follows the national"
            + " scheme.\n\nKeeping in Touch\n\n1.3 Managers call weekly.\n\nStaff must not smoke"
            + " on site\n\n2. Review\n\n2.1 Reviewed yearly.\n";
    CheckReport report = check("leave.txt", text);
    assertEquals(
        List.of(
            "leave.txt:10: warning: \"Sick pay\" is quoted as the last words of clause 1.1; if it"
                + " is a heading, mark it as one ('### Sick pay') or write it in Title Case; if it"
                + " belongs to the clause, end it with a full stop"),
        report.warnings().stream().map(Finding::toString).toList());
    Policy p = report.policy().orElseThrow();
    assertEquals("Staff receive 28 days of annual leave. Sick pay", p.clause("1.1").get().text());
    // Marked as a heading, it is one: out of the quote, on the page, and no longer warned about.
    CheckReport marked = check("leave.txt", text.replace("\nSick pay\n", "\n### Sick pay\n"));
    assertEquals(List.of(), marked.warnings());
    assertEquals(
        "Staff receive 28 days of annual leave.",
        marked.policy().orElseThrow().clause("1.1").get().text());
  }

  @Test
  void a_link_quoted_as_written_is_a_warning_and_a_readable_one_is_not() throws IOException {
    String text =
        GOOD.replace(
            "- b. Requests need two weeks' notice.",
            "- b. Requests use the [form](https://intranet.example.org/forms/leave_(2024)).\n"
                + "- c. Minutes are [kept](https://intranet.example.org/m (2024) archive) a year.");
    CheckReport report = check("leave.md", text);
    assertEquals(
        List.of(
            "leave.md:19: warning: clause 2.1(c) quotes the link \"[kept](https://intranet."
                + "example.org/m (2024) archive) a year\u2026\" as written, URL and all, as its URL does"
                + " not end clearly; put a URL with spaces in angle brackets ('[text](<url>)') and"
                + " close every '(' in it"),
        report.warnings().stream().map(Finding::toString).toList());
    assertEquals(
        "Requests use the form.", report.policy().orElseThrow().clause("2.1(b)").get().text());
  }

  @Test
  void struck_words_quoted_in_a_clause_and_a_footnote_are_warnings_at_their_lines()
      throws IOException {
    String text =
        GOOD.replace(
                "- b. Requests need two weeks' notice.",
                "- b. ~~Requests need two weeks' notice.~~ Requests need a week's notice.[^1]")
            + "\n[^1]: Five working days.\n";
    CheckReport report = check("leave.md", text);
    assertTrue(report.publishable(), () -> report.findings().toString());
    assertEquals(
        List.of(
            "leave.md:24: warning: a footnote belongs to no numbered clause, so staff questions"
                + " cannot be answered from it (its mark is left out of the clause that refers to"
                + " it; if staff may ask about it, move its words into that clause)",
            "leave.md:18: warning: clause 2.1(b) quotes \"Requests need two weeks' notice.\","
                + " which the document strikes through (in Word, usually a deletion tracked and"
                + " not yet accepted); delete the words if they are gone, or remove the"
                + " strikethrough if they stand"),
        report.warnings().stream().map(Finding::toString).toList());
    assertEquals(
        "Requests need two weeks' notice. Requests need a week's notice.",
        report.policy().orElseThrow().clause("2.1(b)").get().text());
  }

  @Test
  void questions_left_without_a_clause_number_are_warnings_at_their_lines() throws IOException {
    CheckReport report =
        check(
            "leave.md",
            GOOD
                + """
                <!-- PolicyBot example questions
                Asked once, not covered.
                : can I take a day off to move house?
                2.1(b): how much notice do I give for a day off?
                -->
                """);
    assertTrue(report.publishable(), () -> report.findings().toString());
    assertEquals(
        List.of(
            "leave.md:25: warning: example question without a clause number, so it is not used;"
                + " write the number of the clause that answers it before the colon, or delete the"
                + " line if the policy does not answer it (published versions keep it)"),
        report.warnings().stream().map(Finding::toString).toList());
  }

  @Test
  void an_example_question_pasted_into_a_clause_is_a_warning_but_a_numbered_stage_is_not()
      throws IOException {
    String policy =
        GOOD.replace(
                "- b. Requests need two weeks' notice.",
                "- b. Requests need two weeks' notice. 2.1(b): how much notice do I give?")
            .replace(
                "- a. The headteacher approves leave during term time.",
                "- a. The headteacher approves leave in stages. Stage 1: a meeting with the line"
                    + " manager, which may lead to Stage 2: a meeting with the headteacher.");
    CheckReport report = check("leave.md", policy);
    assertEquals(
        List.of(
            "leave.md:18: warning: clause 2.1(b) contains what looks like an example question"
                + " ('number: question'); is it outside the example-questions block? Its text"
                + " would be quoted as it is"),
        report.warnings().stream().map(Finding::toString).toList());
  }

  @Test
  void more_than_thirty_examples_for_one_clause_are_a_warning_and_the_rest_are_ignored()
      throws IOException {
    StringBuilder block = new StringBuilder("<!-- PolicyBot example questions\n");
    for (int i = 1; i <= 35; i++) {
      block.append("2.1(a): who do I ask about leave, version ").append(i).append("?\n");
    }
    CheckReport report = check("leave.md", GOOD + block + "-->\n");
    List<String> warnings = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "leave.md:54: warning: clause 2.1(a) has more than 30 example questions; this one and"
                + " those after it are ignored"),
        warnings);
    List<String> used = report.policy().orElseThrow().examples().about("2.1(a)");
    assertEquals(30, used.size());
    assertEquals("who do I ask about leave, version 30?", used.get(29));
  }

  @Test
  void a_pasted_log_in_the_example_block_gives_twenty_warnings_and_a_count() throws IOException {
    StringBuilder block = new StringBuilder("<!-- PolicyBot example questions\n");
    for (int i = 1; i <= 5_000; i++) {
      block.append("9.").append(i).append(": line ").append(i).append(" of a log\n");
    }
    CheckReport report = check("leave.md", GOOD + block + "-->\n");
    assertTrue(report.publishable());
    List<String> warnings = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(21, warnings.size(), warnings::toString);
    assertTrue(
        warnings.get(0).startsWith("leave.md:24: warning: example question for clause 9.1,"));
    assertEquals(
        "leave.md: warning: 4980 more example-question warnings like these; fix the ones above and"
            + " check again",
        warnings.get(20));
  }

  @Test
  void a_block_with_a_mistyped_title_is_a_warning_and_a_one_line_note_is_not() throws IOException {
    CheckReport report =
        check(
            "leave.md",
            GOOD
                + """
                <!-- 2.1: checked by JB in March -->
                <!-- PolicyBot exmaple questions
                2.1(b): how much notice do I give for a day off?
                2.2(a): can the head say no?
                -->
                """);
    assertTrue(report.publishable(), () -> report.findings().toString());
    List<String> warnings = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "leave.md:24: warning: this comment holds lines like example questions but does not"
                + " start with 'PolicyBot example questions', so they are not used; start it with"
                + " '<!-- PolicyBot example questions'"),
        warnings);
    assertEquals(List.of(), report.policy().orElseThrow().examples().questions());
  }

  @Test
  void an_example_line_or_comment_end_left_in_the_text_is_a_warning_at_its_clause()
      throws IOException {
    CheckReport report =
        check(
            "leave.md",
            GOOD.replace(
                    "- b. Requests need two weeks' notice.",
                    "- b. Requests need two weeks' notice. 2.1(a): who do I ask?")
                + "- b. Leave is not approved in exam weeks. --> ok\n");
    List<String> warnings = report.warnings().stream().map(Finding::toString).toList();
    assertEquals(2, warnings.size(), warnings::toString);
    assertTrue(
        warnings.get(0).startsWith("leave.md:18: warning: clause 2.1(b) contains what looks"));
    assertTrue(warnings.get(1).startsWith("leave.md:23: warning: clause 2.2(b) contains '-->'"));
  }

  @Test
  void text_under_a_heading_without_a_number_is_one_warning_at_its_first_line() throws IOException {
    String text =
        GOOD
            + """

            ### Returning after leave

            Tell your line manager the day before you return.

            | Leave | Who to tell |
            |---|---|
            | Over a week | Headteacher |
            """;
    CheckReport report = check("leave-policy.md", text);
    assertTrue(report.publishable(), () -> report.findings().toString());
    assertEquals(
        List.of(
            "leave-policy.md:26: warning: text under \"Returning after leave\" belongs to no"
                + " numbered clause, so staff questions cannot be answered from it (give it a"
                + " number, e.g. 2.3)"),
        report.warnings().stream().map(Finding::toString).toList());
  }

  @Test
  void no_number_is_suggested_when_the_policy_already_uses_the_next_one() throws IOException {
    String text =
        GOOD.replace(
            "### 2.2 Approval",
            "### Returning after leave\n\nTell your line manager the day before.\n\n### 2.2 Approval");
    CheckReport report = check("leave-policy.md", text);
    assertEquals(
        List.of(
            "text under \"Returning after leave\" belongs to no numbered clause, so staff"
                + " questions cannot be answered from it (give it a number, or move it into a"
                + " numbered clause)"),
        report.warnings().stream().map(Finding::message).toList());
  }

  @Test
  void an_introduction_an_appendix_and_text_after_a_version_table_are_a_warning_each()
      throws IOException {
    String text =
        GOOD.replace(
                "## 1. PURPOSE",
                """
                This policy applies to every member of staff, including supply staff.

                ## Version history

                | Version | Date |
                |---|---|
                | 2.0 | May 2025 |

                Earlier versions can be requested from the HR team by email.

                ## 1. PURPOSE""")
            + """

            ## Appendix A: Contacts

            Email hr@example.org with any question about leave.
            """;
    List<String> warnings =
        check("leave-policy.md", text).warnings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "leave-policy.md:9: warning: text before the first numbered section belongs to no"
                + " numbered clause, so staff questions cannot be answered from it (if staff may"
                + " ask about it, give it a number or move it into a numbered section)",
            "leave-policy.md:17: warning: text after \"Version history\" is read as part of that"
                + " list and belongs to no numbered clause, so staff questions cannot be answered"
                + " from it (move it under a numbered heading)",
            "leave-policy.md:36: warning: text under \"Appendix A: Contacts\" is left out because"
                + " it is an appendix, so staff questions cannot be answered from it (if they"
                + " should be, move it into a numbered section)"),
        warnings);
  }

  @Test
  void the_example_policies_give_no_warning_about_text_outside_clauses() throws IOException {
    try (var files = Files.list(Path.of("../policies-examples"))) {
      for (Path file : files.sorted().toList()) {
        CheckReport report = PolicyCheck.check(file, Optional.empty(), TODAY);
        assertEquals(
            List.of(),
            report.warnings().stream()
                .map(Finding::message)
                .filter(m -> m.contains("staff questions cannot be answered"))
                .toList(),
            file::toString);
      }
    }
  }

  @Test
  void a_past_review_date_is_a_warning_with_its_due_date() throws IOException {
    CheckReport report =
        check("leave-policy.md", GOOD.replace("February 2026", "14th December 2020"));
    assertEquals(1, report.warnings().size());
    assertTrue(report.warnings().get(0).message().contains("(due by 2020-12-14)"));
  }

  @Test
  void an_unreadable_review_date_is_a_warning() throws IOException {
    CheckReport report = check("leave-policy.md", GOOD.replace("February 2026", "Bi-annual"));
    assertEquals(1, report.warnings().size());
    assertTrue(report.warnings().get(0).message().contains("'Bi-annual' is not a date"));
  }

  @Test
  void missing_owner_version_and_review_date_are_warnings() throws IOException {
    String text =
        GOOD.replace("**Document Owner:** HR Director\n", "")
            .replace("**Version:** V2.0\n", "")
            .replace("**Review Date:** February 2026\n", "");
    List<String> messages =
        check("leave-policy.md", text).warnings().stream().map(Finding::message).toList();
    assertEquals(3, messages.size(), messages::toString);
    assertTrue(messages.get(0).startsWith("no owner stated"));
    assertTrue(messages.get(1).startsWith("no version stated"));
    assertTrue(messages.get(2).startsWith("no review date stated"));
  }
}
