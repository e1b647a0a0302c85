package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policybot.index.parse.ParsedPolicies.firstTable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * pandoc writes a Word table as a "multiline" or "simple" table, its columns set by groups of
 * dashes. Read as text, a policy's document-control box lost its version and review date, and a
 * table inside a clause was quoted as one run of words ("Sanction Length of time on file First
 * written warning 6 months…").
 */
class PandocTablesTest {

  private static Policy parse(String text) throws Exception {
    return PolicyParser.parse("p", "p.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_document_control_box_gives_the_policy_its_version_and_dates() throws Exception {
    Policy p =
        parse(
            """
            **Staff Absence Policy**

              -----------------------------------------------------------------
              Policy owner                     HR Manager
              -------------------------------- --------------------------------
              Version                          1.4

              Review date                      March 2026
              -----------------------------------------------------------------

            ## 1. Purpose

            1.1 This policy sets out how staff report absence.
            """);
    assertEquals("V1.4", p.metadata().version());
    assertEquals("HR Manager", p.metadata().owner());
    assertEquals("March 2026", p.metadata().reviewDate());
    assertEquals(13, p.clause("1.1").orElseThrow().line());
  }

  @Test
  void a_table_in_a_clause_keeps_its_header_and_rows() throws Exception {
    Policy p =
        parse(
            """
            # Disciplinary Policy

            ## 9. Sanctions

            9.1 Warnings stay on file for:

              -----------------------------------------------------------------
              Sanction                Length of time on file
              ----------------------- -----------------------------------------
              First written warning   6 months

              Final written warning   12 months
              -----------------------------------------------------------------

            9.2 Expired warnings are disregarded.
            """);
    Clause first = p.clause("9.1").orElseThrow();
    Block.Table table = firstTable(first);
    assertEquals(List.of("Sanction", "Length of time on file"), table.header());
    assertEquals(
        List.of(
            List.of("First written warning", "6 months"),
            List.of("Final written warning", "12 months")),
        table.rows());
    assertEquals("Expired warnings are disregarded.", p.clause("9.2").orElseThrow().text());
    assertEquals(15, p.clause("9.2").orElseThrow().line());
  }

  @Test
  void a_simple_table_ends_at_its_blank_line() {
    String text =
        """
        Rate      Amount
        --------  --------
        Car       45p
        Bicycle   20p

        The rates are reviewed yearly.
        """;
    assertEquals(
        "Rate\tAmount\n|---|\nCar\t45p\nBicycle\t20p\n\nThe rates are reviewed yearly.\n",
        PandocTables.rewrite(text));
  }

  @Test
  void a_multiline_table_that_never_closes_is_left_alone() {
    String open =
        "  -----------------------\n  Owner       HR\n  ----------- -----------\n  Version     1.4\n";
    assertEquals(open, PandocTables.rewrite(open));
  }
}
