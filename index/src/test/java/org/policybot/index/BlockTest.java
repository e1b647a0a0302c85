package org.policybot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block.ItemList;
import org.policybot.index.Block.Prose;
import org.policybot.index.Block.Table;

class BlockTest {

  private static final List<Block> PAY =
      List.of(
          new Prose("Pay is:"),
          new Table(
              List.of("Weeks", "Payment"),
              List.of(List.of("1–4", "Full pay"), List.of("5–6", ""))));

  @Test
  void a_clause_accepts_blocks_that_hold_exactly_its_words() {
    Clause c =
        new Clause("p", "4.3", "4", "Pay", "Pay is: Weeks Payment 1–4 Full pay 5–6", "", 1, PAY);
    assertEquals(PAY, c.blocks());
  }

  @Test
  void a_clause_refuses_blocks_that_add_drop_or_reorder_a_word() {
    for (String text :
        List.of(
            "Pay is: Weeks Payment 1–4 Full pay 5–6 Unpaid",
            "Pay is: Weeks Payment 1–4 Full pay",
            "Pay is: Payment Weeks 1–4 Full pay 5–6")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new Clause("p", "4.3", "4", "", text, "", 1, PAY));
      assertTrue(e.getMessage().contains("do not hold its words"), e.getMessage());
    }
  }

  @Test
  void a_bullet_glyph_in_the_flat_text_is_the_lists_bullet_not_a_word() {
    List<Block> blocks =
        List.of(new Prose("Such as:"), new ItemList(List.of("a fan;", "breaks."), false));
    Clause c = new Clause("p", "4.3", "4", "", "Such as: • a fan; • breaks.", "", 1, blocks);
    assertEquals(blocks, c.blocks());
  }

  @Test
  void a_prose_clause_is_one_block_of_its_text() {
    Clause c = new Clause("p", "1.1", "1", "", "Staff must sign in.", "", 3);
    assertEquals(List.of(new Prose("Staff must sign in.")), c.blocks());
    assertTrue(Block.onlyProse(c.blocks()));
  }

  @Test
  void a_table_counts_its_widest_row_as_its_columns() {
    Table t = new Table(List.of("A", "B"), List.of(List.of("1", "", "3")));
    assertEquals(3, t.columns());
    assertEquals("A B 1 3", t.words());
  }

  @Test
  void empty_blocks_are_refused_with_what_was_given() {
    assertThrows(IllegalArgumentException.class, () -> new Prose(" "));
    assertThrows(IllegalArgumentException.class, () -> new ItemList(List.of(), false));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Table(List.of(), List.of(List.of("", ""))));
    assertTrue(e.getMessage().contains("[, ]"), e.getMessage());
  }
}
