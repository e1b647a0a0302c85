package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * pandoc writes a Word table whose cells wrap as a grid table. Read as text, its borders were
 * quoted ("…by the times shown. +-----------+ Who to tell When +=====+…") and each wrapped line of
 * a cell became a row of its own.
 */
class GridTablesTest {

  private static Policy parse(String text) throws Exception {
    return PolicyParser.parse("p", "p.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Block.Table onlyTable(Clause clause) {
    List<Block.Table> tables =
        clause.blocks().stream()
            .filter(Block.Table.class::isInstance)
            .map(Block.Table.class::cast)
            .toList();
    assertEquals(1, tables.size(), clause.blocks().toString());
    return tables.get(0);
  }

  @Test
  void a_table_with_wrapped_cells_is_read_row_by_row() throws Exception {
    Policy p =
        parse(
            """
            # Absence Reporting Policy

            ## 1. Reporting

            1.1 Staff who are absent must tell the people below by the times shown.

            +-----------------+-----------------------+
            | Who to tell     | When                  |
            +=================+=======================+
            | Line manager    | By 7.30am on the      |
            |                 | first day of absence  |
            +-----------------+-----------------------+
            | Cover manager   | Before 8am, with work |
            |                 | for the classes       |
            +-----------------+-----------------------+

            1.2 Staff must keep in touch every three days.
            """);
    Clause first = p.clause("1.1").orElseThrow();
    Block.Table table = onlyTable(first);
    assertEquals(List.of("Who to tell", "When"), table.header());
    assertEquals(
        List.of(
            List.of("Line manager", "By 7.30am on the first day of absence"),
            List.of("Cover manager", "Before 8am, with work for the classes")),
        table.rows());
    assertFalse(first.text().contains("+--"), first.text());
    assertFalse(first.text().contains("|"), first.text());
    Clause second = p.clause("1.2").orElseThrow();
    assertEquals("Staff must keep in touch every three days.", second.text());
    assertEquals(17, second.line());
  }

  @Test
  void a_document_control_box_as_a_grid_gives_the_policy_its_version_and_dates() throws Exception {
    Policy p =
        parse(
            """
            **Staff Absence Policy**

            +----------------------+----------------------------------+
            | Policy owner         | HR Manager                       |
            +----------------------+----------------------------------+
            | Version              | 2.1                              |
            +----------------------+----------------------------------+
            | Review date          | March 2027, or sooner if the     |
            |                      | law changes                      |
            +----------------------+----------------------------------+

            ## 1. Purpose

            1.1 This policy sets out how staff report absence.
            """);
    assertEquals("V2.1", p.metadata().version());
    assertEquals("HR Manager", p.metadata().owner());
    assertEquals("March 2027, or sooner if the law changes", p.metadata().reviewDate());
    assertEquals(14, p.clause("1.1").orElseThrow().line());
  }

  @Test
  void a_cell_spanning_every_column_is_its_words() {
    String text =
        """
        +---------+---------+
        | Either  | Or      |
        +=========+=========+
        | Both columns, one |
        | cell              |
        +---------+---------+
        | a + b   | c       |
        +---------+---------+
        """;
    assertEquals(
        "| Either | Or |\n|---|\nBoth columns, one cell\n| a + b | c |\n\n\n\n\n",
        GridTables.rewrite(text));
  }

  /**
   * The export's marks ("1^st^", "\\(") were cleaned before the columns were read, which moved the
   * '|' marks and lost the rest of the row; and a first column of clause numbers ("1.1") was read
   * as clause 1.1 again, refusing the policy.
   */
  @Test
  void marks_in_cells_and_clause_numbers_in_the_first_column_keep_the_row() throws Exception {
    Policy p =
        parse(
            """
            # Absence Policy

            ## 1. Reporting

            1.1 Phone in by 7.30am.

            ## 2. Changes

            2.1 This version changed these clauses:

            +--------+------------------------------+
            | Clause | Change                       |
            +========+==============================+
            | 1.1    | Time moved from 8am to the   |
            |        | 1^st^ bell \\(see 1.1\\)        |
            +--------+------------------------------+
            """);
    Block.Table table = onlyTable(p.clause("2.1").orElseThrow());
    assertEquals(List.of("Clause", "Change"), table.header());
    assertEquals(
        List.of(List.of("1.1", "Time moved from 8am to the 1st bell (see 1.1)")), table.rows());
    assertEquals("Phone in by 7.30am.", p.clause("1.1").orElseThrow().text());
  }

  /** Borders were matched by regexes that backtracked: 5 MB of such lines took minutes. */
  @Test
  void hostile_borders_are_read_in_one_pass() {
    String wide = "+" + "-+".repeat(100) + "\n|\n";
    String dashes = "+---+\n| a |\n" + ("|" + "-".repeat(10_000) + "x\n").repeat(50) + "+---+\n";
    String longLine = "+" + "-".repeat(200_000) + "x\n";
    for (String text : List.of(wide.repeat(5_000), dashes.repeat(5), longLine)) {
      String out = GridTables.rewrite(text);
      assertEquals(text.split("\n", -1).length, out.split("\n", -1).length);
    }
  }

  @Test
  void a_grid_that_never_closes_is_left_alone() {
    String open = "+------+------+\n| Owner | HR  |\n| Version | 1.4\n\nText after.\n";
    assertEquals(open, GridTables.rewrite(open));
  }

  @Test
  void text_with_plus_signs_is_not_a_table() {
    String text = "Staff aged 18+ may drive.\n+-- not a border\n| a | b |\n";
    assertEquals(text, GridTables.rewrite(text));
  }
}
