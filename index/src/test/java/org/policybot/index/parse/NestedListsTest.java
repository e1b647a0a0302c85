package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policybot.index.parse.ParsedPolicies.ids;
import static org.policybot.index.parse.ParsedPolicies.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * Word's multi-level numbering as pandoc writes it: a list inside a list, each numbered from 1.
 * Such a file was refused ("clause 1 appears twice"), although it is how a Word policy with
 * automatic numbering comes out of `pandoc -t markdown`.
 */
class NestedListsTest {

  private static final String PANDOC =
      """
      **Staff Absence Reporting Policy**

      1.  **Purpose**

          1.  This policy sets out how staff should report absence from work
              and what the Trust will do to support them.

      2.  **Reporting absence**

          1.  If you cannot attend work you must telephone your line manager
              before 7.30am on the first day of absence.

          2.  When you call you should give:

              a.  the reason for the absence;

              b.  the expected length of the absence.

      3.  **Returning to work**

          1.  A return-to-work meeting will be held on the first day back.
      """;

  @Test
  void each_level_of_a_nested_numbered_list_carries_the_number_word_shows() throws Exception {
    Policy p = parse(PANDOC);
    assertEquals(List.of("1.1", "2.1", "2.2", "2.2(a)", "2.2(b)", "3.1"), ids(p));
    Clause first = p.clause("1.1").orElseThrow();
    assertEquals(
        "This policy sets out how staff should report absence from work and what the Trust will"
            + " do to support them.",
        first.text());
    assertEquals("Purpose", first.sectionTitle());
    assertEquals("the reason for the absence;", p.clause("2.2(a)").orElseThrow().text());
    assertEquals("Reporting absence", p.clause("2.2(a)").orElseThrow().sectionTitle());
  }

  @Test
  void clauses_keep_the_line_they_are_on_in_the_file() throws Exception {
    Policy p = parse(PANDOC);
    assertEquals(5, p.clause("1.1").orElseThrow().line());
    assertEquals(13, p.clause("2.2").orElseThrow().line());
    assertEquals(21, p.clause("3.1").orElseThrow().line());
  }

  @Test
  void a_document_that_numbers_its_own_paragraphs_keeps_its_lists_as_written() {
    String text =
        """
        # Expenses Policy

        ## 1. Claims

        1.1 Claims are made monthly. The steps are:

        1.  Fill in the form.

            1.  Attach receipts.

        2.  Send it to the business manager.
        """;
    assertEquals(text, NestedLists.number(text));
  }

  /** A review found these read as a section "2 To claim you must:" with clauses 2.1 and 2.2. */
  @Test
  void a_list_of_rules_with_one_list_of_steps_inside_is_read_as_written() {
    String text =
        """
        ## Claiming
        1. Claims must be made within three months.
        2. To claim you must:
            1. fill in the claim form;
            2. attach your receipts.
        3. Finance pays you within 30 days.
        """;
    assertEquals(text, NestedLists.number(text));
  }

  @Test
  void numbered_markdown_headings_mean_the_document_numbers_itself() {
    String text =
        """
        ### 1.1 Who to call

        If they do not answer:

        1. call the school office;
            1. leave a message.
        2. send an email.
        """;
    assertEquals(text, NestedLists.number(text));
  }

  /** pandoc wraps at 72 columns; the title's second line was read as a clause "all staff". */
  @Test
  void a_section_title_wrapped_over_two_lines_is_one_title() throws Exception {
    Policy p =
        parse(
            """
            **Staff Absence Policy**

            1.  **Purpose**

                1.  This policy sets out how staff report absence.

            2.  **Reporting absence, sickness and other time away from work for
                all staff**

                1.  You must telephone your line manager before 7.30am.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
    assertEquals(
        "Reporting absence, sickness and other time away from work for all staff",
        p.clause("2.1").orElseThrow().sectionTitle());
    assertEquals(10, p.clause("2.1").orElseThrow().line());
  }

  /** A version table's "1.1 Mar 2024" row is no paragraph number of the document's own. */
  @Test
  void a_version_table_does_not_stop_the_numbering_being_read() throws Exception {
    Policy p =
        parse(
            """
            **Staff Absence Policy**

              Version   Date         Changes
              --------- ------------ ------------------------
              1.0       Jan 2023     New policy
              1.1       Mar 2024     Reporting times updated

            1.  **Purpose**

                1.  This policy sets out how staff report absence.

            2.  **Reporting absence**

                1.  You must telephone your line manager before 7.30am.
            """);
    assertEquals(List.of("1.1", "2.1"), ids(p));
  }

  @Test
  void a_flat_numbered_list_with_lettered_items_is_read_as_before() throws Exception {
    String text =
        """
        # Visitors Policy

        1.  Visitors sign in at reception and must show:

            a.  photo identification;

            b.  the name of the member of staff they are visiting.

        2.  Visitors wear a badge at all times.
        """;
    assertEquals(text, NestedLists.number(text));
  }
}
