package org.policybot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

/**
 * A paragraph that leads into lettered items is quoted with them: "Employees are responsible for:"
 * alone answers nothing. The items stay clauses of their own, quoted alone when a question is about
 * one of them.
 */
class LeadInQuoteTest {

  private static final String POLICY =
      """
      # Lone Working Policy

      ## 1. Locking Up

      1.1 The caretaker will:

      (a) check that every classroom is empty;

      (b) lock the main gates.

      The caretaker will then email a report to the site manager.

      1.2 Before leaving, the last teacher in the building will:

      (a) close the windows of their room;

      (b) switch off the interactive whiteboard.

      If the alarm sounds, they will then:

      (c) telephone the alarm company on the number by the door.

      1.3 Staff working alone must carry a charged mobile phone.

      1.4 Visitors must be told that:

      ## 2. Alarms

      2.1 If the fire alarm sounds, staff will:

      2.1.1 leave by the nearest exit;

      2.1.1.1 use the stairs, never the lift;

      2.1.2 meet at the assembly point.

      ## 3. Meetings

      3.1 The headteacher will:

      3.1.1 chair staff meetings:

      (a) termly; and

      (b) at the start of each year.

      Minutes are kept by the clerk.

      3.1.2 set annual targets.

      3.2 Claims are paid as follows:

      (a) mileage at the rate in this table:

      | Vehicle | Rate |
      |---|---|
      | Car | 45p |

      (b) parking at cost.
      """;

  private static Policy policy;
  private static PolicyAnswerer answerer;

  @BeforeAll
  static void build() throws Exception {
    policy =
        PolicyParser.parse(
            "lone-working-policy",
            "lone-working-policy.md",
            POLICY.getBytes(StandardCharsets.UTF_8));
    answerer =
        new PolicyAnswerer(
            new PolicyLibrary(PolicyIndex.build(List.of(policy))), AnswerSettings.defaults());
  }

  @Test
  void a_lead_in_is_quoted_with_its_items_and_the_sentence_after_them() {
    CitedClause c = answerer.answer("what does clause 1.1 say?").clause().orElseThrow();
    assertEquals("1.1", c.clauseId());
    assertEquals(
        List.of(
            new Block.Prose("The caretaker will:"),
            new Block.ItemList(
                List.of("(a) check that every classroom is empty;", "(b) lock the main gates."),
                true),
            new Block.Prose("The caretaker will then email a report to the site manager.")),
        c.blocks());
    assertEquals(
        "The caretaker will: (a) check that every classroom is empty; (b) lock the main gates."
            + " The caretaker will then email a report to the site manager.",
        c.text());
    assertEquals("http://localhost:8080/policies/lone-working-policy#clause-1-1", c.url());
  }

  @Test
  void words_between_two_runs_of_items_stay_between_them() {
    CitedClause c = answerer.answer("what does clause 1.2 say?").clause().orElseThrow();
    assertEquals(
        List.of(
            new Block.Prose("Before leaving, the last teacher in the building will:"),
            new Block.ItemList(
                List.of(
                    "(a) close the windows of their room;",
                    "(b) switch off the interactive whiteboard."),
                true),
            new Block.Prose("If the alarm sounds, they will then:"),
            new Block.ItemList(
                List.of("(c) telephone the alarm company on the number by the door."), true)),
        c.blocks());
  }

  @Test
  void a_question_about_the_whole_list_gets_the_list_and_not_its_items_again_as_related() {
    Answer a = answerer.answer("what does the caretaker lock and who gets the report");
    CitedClause c = a.clause().orElseThrow();
    assertEquals("1.1", c.clauseId(), a.candidates().toString());
    assertTrue(c.text().contains("(b) lock the main gates."));
    // Item (b) scores close enough to the paragraph to be listed as related, but the quote
    // already shows it.
    Candidate item = a.candidates().get(1);
    assertEquals("1.1(b)", item.clauseId(), a.candidates().toString());
    assertTrue(
        item.score() >= CoverageRule.RELATED_SCORE_SHARE * a.candidates().get(0).score(),
        a.candidates().toString());
    assertTrue(
        a.related().stream().noneMatch(r -> r.clauseId().startsWith("1.1(")),
        a.related().toString());
  }

  @Test
  void numbered_sub_paragraphs_of_a_lead_in_are_quoted_with_it_by_their_numbers_at_every_level() {
    CitedClause whole = answerer.answer("what does clause 2.1 say?").clause().orElseThrow();
    assertEquals(
        List.of(
            new Block.Prose("If the fire alarm sounds, staff will:"),
            new Block.ItemList(
                List.of(
                    "2.1.1 leave by the nearest exit;",
                    "2.1.1.1 use the stairs, never the lift;",
                    "2.1.2 meet at the assembly point."),
                true)),
        whole.blocks());
    CitedClause one = answerer.answer("what does clause 2.1.2 say?").clause().orElseThrow();
    assertEquals("meet at the assembly point.", one.text());
    assertEquals("If the fire alarm sounds, staff will:", one.context());
  }

  /** A review found 3.1 cut short at 3.1.1's own items, and an item's table run into words. */
  @Test
  void an_item_s_own_items_and_tables_keep_their_place_and_layout() {
    CitedClause meetings = answerer.answer("what does clause 3.1 say?").clause().orElseThrow();
    assertEquals(
        List.of(
            new Block.Prose("The headteacher will:"),
            new Block.Prose("3.1.1 chair staff meetings:"),
            new Block.ItemList(List.of("(a) termly; and", "(b) at the start of each year."), true),
            new Block.Prose("Minutes are kept by the clerk."),
            new Block.ItemList(List.of("3.1.2 set annual targets."), true)),
        meetings.blocks());
    CitedClause claims = answerer.answer("what does clause 3.2 say?").clause().orElseThrow();
    assertEquals(
        List.of(
            new Block.Prose("Claims are paid as follows:"),
            new Block.Prose("(a) mileage at the rate in this table:"),
            new Block.Table(List.of("Vehicle", "Rate"), List.of(List.of("Car", "45p"))),
            new Block.ItemList(List.of("(b) parking at cost."), true)),
        claims.blocks());
  }

  @Test
  void an_item_is_still_quoted_alone_with_its_lead_in_as_context() {
    CitedClause c = answerer.answer("what does clause 1.1(b) say?").clause().orElseThrow();
    assertEquals("lock the main gates.", c.text());
    assertEquals("The caretaker will:", c.context());
    assertTrue(c.isProse());
  }

  @Test
  void a_paragraph_without_items_is_quoted_as_written() {
    CitedClause plain = answerer.answer("what does clause 1.3 say?").clause().orElseThrow();
    assertEquals("Staff working alone must carry a charged mobile phone.", plain.text());
    CitedClause dangling = answerer.answer("what does clause 1.4 say?").clause().orElseThrow();
    assertEquals("Visitors must be told that:", dangling.text());
    assertFalse(dangling.blocks().stream().anyMatch(b -> b instanceof Block.ItemList));
  }

  @Test
  void the_quote_holds_every_word_of_the_paragraph_and_its_items_in_document_order() {
    LeadInQuote q = LeadInQuote.of(policy, policy.clause("1.2").orElseThrow());
    assertEquals(List.of("1.2(a)", "1.2(b)", "1.2(c)"), q.itemIds());
    String source = POLICY.replaceAll("\\s+", " ");
    // Word for word what the policy says after the paragraph's number, with nothing left out.
    assertTrue(source.contains("1.2 " + q.text() + " 1.3 "), q.text());
  }
}
