package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Block.ItemList;
import org.policybot.index.Block.Prose;
import org.policybot.index.Block.Table;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * Tables and lists keep their shape in a clause's blocks, so a quote can show which pay goes with
 * which length of service, while the flat text that search reads stays exactly as it was.
 */
class ClauseBlocksTest {

  private static Clause clause(Policy p, String id) {
    return p.clause(id).orElseThrow();
  }

  private static Policy parse(String text) throws Exception {
    return PolicyParser.parse("p", "p.md", text.getBytes(UTF_8));
  }

  @Test
  void
      the_maternity_pay_table_keeps_its_header_apart_and_each_row_with_its_cells_beside_the_same_flat_text()
          throws Exception {
    Clause c = clause(PolicyParserTest.fixture("maternity-leave-policy.md"), "4.1");
    assertEquals(
        List.of(
            new Prose(
                "The pay an employee receives depends on her length of continuous service, as set"
                    + " out in the table below."),
            new Table(
                List.of(
                    "Continuous service at the 11th week before the EWC",
                    "Occupational maternity pay"),
                List.of(
                    List.of(
                        "Less than 26 weeks",
                        "No occupational pay. She may be entitled to Maternity Allowance from the"
                            + " DWP."),
                    List.of(
                        "26 weeks but less than one year (support staff)",
                        "SMP only: 6 weeks at 90% of average weekly earnings, then 33 weeks at the"
                            + " standard rate."),
                    List.of(
                        "One year or more (teachers and support staff)",
                        "4 weeks at full pay; 2 weeks at 90% of a week's pay; 12 weeks at half pay"
                            + " plus SMP; then 21 weeks at the standard rate of SMP.")))),
        c.blocks());
    // The flat text search reads is the one it always was: cells in order, one space apart.
    assertEquals(
        "The pay an employee receives depends on her length of continuous service, as set out in"
            + " the table below. Continuous service at the 11th week before the EWC Occupational"
            + " maternity pay Less than 26 weeks No occupational pay. She may be entitled to"
            + " Maternity Allowance from the DWP. 26 weeks but less than one year (support staff)"
            + " SMP only: 6 weeks at 90% of average weekly earnings, then 33 weeks at the standard"
            + " rate. One year or more (teachers and support staff) 4 weeks at full pay; 2 weeks at"
            + " 90% of a week's pay; 12 weeks at half pay plus SMP; then 21 weeks at the standard"
            + " rate of SMP.",
        c.text());
  }

  @Test
  void dash_and_asterisk_bullets_are_items_under_their_lead_in() throws Exception {
    Policy p = PolicyParserTest.fixture("lone-working-policy.md");
    assertEquals(
        List.of(
            new Prose(
                "Site staff opening or locking up a building must use the signing-in procedure"
                    + " set out below."),
            new ItemList(
                List.of(
                    "Sign in on the lone worker app on arrival.",
                    "Confirm the expected finish time.",
                    "Sign out on leaving the site."),
                false)),
        clause(p, "3.1").blocks());
    assertEquals(
        List.of(
            new Prose(
                "Staff should avoid travelling alone after dark where possible. Where it cannot be"
                    + " avoided, staff should:"),
            new ItemList(
                List.of(
                    "park in a well-lit area, as close as possible to the entrance;",
                    "keep their mobile phone charged and with them; and",
                    "tell a colleague or family member their route and expected arrival time."),
                false)),
        clause(p, "5.1").blocks());
    assertEquals(
        "Site staff opening or locking up a building must use the signing-in procedure set out"
            + " below. Sign in on the lone worker app on arrival. Confirm the expected finish time."
            + " Sign out on leaving the site.",
        clause(p, "3.1").text());
  }

  @Test
  void a_bullet_that_word_exports_before_a_tab_is_an_item_not_a_table_cell() throws Exception {
    Clause c = clause(PolicyParserTest.fixture("staff-wellbeing-policy.txt"), "4.3");
    assertEquals(
        List.of(
            new Prose(
                "Staff experiencing the menopause may request reasonable adjustments, such as:"),
            new ItemList(
                List.of(
                    "access to a fan or a cooler room;",
                    "flexibility over breaks; and",
                    "a uniform made from natural fabrics."),
                false)),
        c.blocks());
    assertEquals(
        "Staff experiencing the menopause may request reasonable adjustments, such as: • access"
            + " to a fan or a cooler room; • flexibility over breaks; and • a uniform made from"
            + " natural fabrics.",
        c.text(),
        "the flat text keeps the glyph it always had");
  }

  @Test
  void unpunctuated_items_stay_apart_and_a_wrapped_item_stays_whole() throws Exception {
    Policy p =
        parse(
            """
            # Site Policy

            ## 3. Opening Up

            3.1 Follow the signing-in procedure:
            - Sign in on the lone worker app on arrival
            - Confirm the expected finish time with the
              nominated contact
            - Sign out on leaving the site

            The contact keeps the log for a year.
            """);
    Clause c = clause(p, "3.1");
    assertEquals(
        List.of(
            new Prose("Follow the signing-in procedure:"),
            new ItemList(
                List.of(
                    "Sign in on the lone worker app on arrival",
                    "Confirm the expected finish time with the nominated contact",
                    "Sign out on leaving the site"),
                false),
            new Prose("The contact keeps the log for a year.")),
        c.blocks());
    assertEquals(
        "Follow the signing-in procedure: Sign in on the lone worker app on arrival Confirm the"
            + " expected finish time with the nominated contact Sign out on leaving the site The"
            + " contact keeps the log for a year.",
        c.text());
  }

  @Test
  void items_numbered_as_written_keep_their_numbers_in_a_numbered_list() throws Exception {
    Policy p =
        parse(
            """
            1. Requests
            1.1 A request may be refused for these reasons:
            1) the burden of additional costs;
            2) an inability to recruit staff; or
            3) planned structural changes.
            1.2 The employee may appeal.
            """);
    assertEquals(
        List.of(
            new Prose("A request may be refused for these reasons:"),
            new ItemList(
                List.of(
                    "1) the burden of additional costs;",
                    "2) an inability to recruit staff; or",
                    "3) planned structural changes."),
                true)),
        clause(p, "1.1").blocks());
  }

  @Test
  void an_empty_cell_keeps_the_cells_after_it_in_their_columns() throws Exception {
    Policy p =
        parse(
            """
            ## 3. Meals

            3.1 Meals are paid up to these limits:

            | Meal | Day trip | Overnight |
            |---|---|---|
            | Breakfast | | £7.50 |
            | Lunch | £10.00 | £10.00 |
            """);
    Clause c = clause(p, "3.1");
    assertEquals(
        new Table(
            List.of("Meal", "Day trip", "Overnight"),
            List.of(List.of("Breakfast", "", "£7.50"), List.of("Lunch", "£10.00", "£10.00"))),
        c.blocks().get(1));
    assertEquals(
        "Meals are paid up to these limits: Meal Day trip Overnight Breakfast £7.50 Lunch £10.00"
            + " £10.00",
        c.text());
  }

  @Test
  void a_tab_separated_table_has_no_header_row_to_claim() throws Exception {
    Policy p =
        PolicyParser.parse(
            "p",
            "p.txt",
            ("1. Rates\n1.1 Mileage is paid at these rates:\nCar\t45p\nBicycle\t20p\n")
                .getBytes(UTF_8));
    assertEquals(
        new Table(List.of(), List.of(List.of("Car", "45p"), List.of("Bicycle", "20p"))),
        clause(p, "1.1").blocks().get(1));
  }

  @Test
  void clauses_without_lists_or_tables_are_one_run_of_their_own_text() throws Exception {
    Policy p = PolicyParser.parse(PolicyParserTest.SEED);
    for (Clause c : p.clauses()) {
      assertEquals(List.<Block>of(new Prose(c.text())), c.blocks(), c.id());
    }
    assertTrue(Block.onlyProse(clause(p, "4.6(c)").blocks()));
  }

  @Test
  void a_markdown_table_whose_first_column_holds_labels_stays_a_table() throws Exception {
    Policy p =
        parse(
            """
            # Disciplinary Policy
            ## 3. Sanctions
            3.1 Sanctions are set by the level of misconduct:

            | Level | Conduct | Sanction |
            |---|---|---|
            | (a) | Minor misconduct | Verbal warning |
            | (b) | Serious misconduct | Final written warning |
            """);
    assertEquals(
        List.of(
            new Prose("Sanctions are set by the level of misconduct:"),
            new Table(
                List.of("Level", "Conduct", "Sanction"),
                List.of(
                    List.of("(a)", "Minor misconduct", "Verbal warning"),
                    List.of("(b)", "Serious misconduct", "Final written warning")))),
        clause(p, "3.1").blocks());
  }

  @Test
  void words_symbol_font_and_hollow_bullets_are_list_items() throws Exception {
    Policy p =
        parse(
            "Wellbeing Policy\n\n2. Support\n\n2.1 Staff may ask for:\n"
                + "\uF0B7\tflexible breaks;\n"
                + "\u25AA\ta desk fan or\n"
                + "\u25E6\ta quiet room.\n");
    Clause c = clause(p, "2.1");
    assertEquals(
        List.of(
            new Prose("Staff may ask for:"),
            new ItemList(List.of("flexible breaks;", "a desk fan or", "a quiet room."), false)),
        c.blocks());
    // The flat text keeps every character of the file, the glyphs included.
    assertEquals(
        "Staff may ask for: \uF0B7 flexible breaks; \u25AA a desk fan or \u25E6 a quiet room.",
        c.text());
  }

  @Test
  void a_dash_or_an_o_in_a_first_cell_is_a_value_not_a_bullet() throws Exception {
    Policy p =
        parse(
            "Leave Policy\n\n3. Carry-over\n\n3.1 Days carried over by grade:\n"
                + "Grade\tDays\tApproval\n"
                + "\u2013\tNone\tNone\n"
                + "-\t5 days\tHead\n"
                + "o\t10 days\tTrust\n");
    List<Block> blocks = clause(p, "3.1").blocks();
    assertEquals(2, blocks.size(), blocks::toString);
    Table table = (Table) blocks.get(1);
    assertEquals(
        List.of(
            List.of("Grade", "Days", "Approval"),
            List.of("\u2013", "None", "None"),
            List.of("-", "5 days", "Head"),
            List.of("o", "10 days", "Trust")),
        table.rows());
  }
}
