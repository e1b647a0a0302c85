package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.testing.RelatedAnswers;
import org.policybot.core.testing.TestClauses;
import org.policybot.index.Block;

class AnswerCardTest {

  private static final CitedClause CLAUSE =
      new CitedClause(
          "social-media-policy",
          "Social Media Policy",
          "V1.0",
          "4.8(b)",
          "Use At Work",
          "Use of *personal* accounts is allowed at lunch [see HR](https://evil.example).",
          "Employees may:",
          "http://localhost:8080/policies/social-media-policy#clause-4-8-b");

  private static final CitedClause RELATED =
      new CitedClause(
          "social-media-policy",
          "Social Media Policy",
          "V1.0",
          "4.8(a)",
          "Use At Work",
          "Other text.",
          "",
          "http://localhost:8080/policies/social-media-policy#clause-4-8-a");

  private static Answer answered(List<CitedClause> related) {
    return new Answer(
        "1a2b3c4d-5e6f",
        "q",
        AnswerStatus.ANSWERED,
        Optional.of(CLAUSE),
        related,
        List.of(),
        "Clause 4.8(b) of the Social Media Policy (Use At Work) says:",
        List.of());
  }

  @Test
  void the_card_shows_title_clause_section_quote_version_and_actions() {
    ObjectNode card = AnswerCard.card(answered(List.of(RELATED)));
    String body = card.path("body").toString();

    assertEquals("AdaptiveCard", card.path("type").asText());
    assertEquals("1.5", card.path("version").asText());
    assertTrue(body.contains("Clause 4.8(b) of the Social Media Policy (Use At Work) says:"), body);
    assertTrue(body.contains("Employees may:"), body);
    assertTrue(
        body.contains("Social Media Policy, clause 4.8(b) (Use At Work), version V1.0"), body);
    assertTrue(
        body.contains(
            "[4.8(a) Use At"
                + " Work](http://localhost:8080/policies/social-media-policy#clause-4-8-a)"),
        body);

    List<String> actions = new ArrayList<>();
    card.path("actions")
        .forEach(a -> actions.add(a.path("type").asText() + ":" + a.path("title").asText()));
    assertEquals(
        List.of("Action.OpenUrl:Open clause", "Action.Submit:Helpful", "Action.Submit:Not helpful"),
        actions);
    assertEquals(CLAUSE.url(), card.path("actions").get(0).path("url").asText());
  }

  @Test
  void the_quote_is_verbatim_apart_from_markdown_escapes() {
    JsonNode quote = AnswerCard.card(answered(List.of())).path("body").get(2).path("items").get(0);
    assertEquals(TeamsMarkdown.escape(CLAUSE.text()), quote.path("text").asText());
    assertFalse(quote.path("text").asText().contains("[see HR]("), "no live link from policy text");
  }

  private static Answer answering(CitedClause clause) {
    return new Answer(
        "id9",
        "q",
        AnswerStatus.ANSWERED,
        Optional.of(clause),
        List.of(),
        List.of(),
        "Clause " + clause.clauseId() + " says:",
        List.of());
  }

  private static JsonNode quoteItems(CitedClause clause) {
    return AnswerCard.card(answering(clause)).path("body").get(1).path("items");
  }

  private static List<String> cellTexts(JsonNode row) {
    List<String> texts = new ArrayList<>();
    row.path("cells").forEach(c -> texts.add(c.path("items").get(0).path("text").asText()));
    return texts;
  }

  @Test
  void a_table_is_an_adaptive_card_table_with_its_header_row_marked() {
    JsonNode items = quoteItems(TestClauses.maternityPay());

    assertEquals("TextBlock", items.get(0).path("type").asText());
    assertTrue(items.get(0).path("text").asText().startsWith("The pay an employee receives"));
    JsonNode table = items.get(1);
    assertEquals("Table", table.path("type").asText());
    assertTrue(table.path("firstRowAsHeader").asBoolean());
    assertEquals(2, table.path("columns").size());
    JsonNode rows = table.path("rows");
    assertEquals(4, rows.size());
    assertEquals(
        List.of("Continuous service at the 11th week before the EWC", "Occupational maternity pay"),
        cellTexts(rows.get(0)));
    assertEquals(
        "Bolder", rows.get(0).path("cells").get(0).path("items").get(0).path("weight").asText());
    assertEquals(
        List.of(
            "Less than 26 weeks",
            "No occupational pay. She may be entitled to Maternity Allowance from the DWP."),
        cellTexts(rows.get(1)));
    assertFalse(rows.get(1).path("cells").get(0).path("items").get(0).has("weight"));
  }

  @Test
  void bullets_are_a_markdown_list_so_each_item_is_a_line_of_its_own() {
    JsonNode items = quoteItems(TestClauses.signingIn());

    assertEquals(
        "- Sign in on the lone worker app on arrival\r- Confirm the expected finish time\r- Sign"
            + " out on leaving the site",
        items.get(1).path("text").asText());
  }

  @Test
  void the_markdown_fallback_gives_each_row_a_line_under_a_bold_header() {
    String markdown = AnswerCard.markdown(answering(TestClauses.maternityPay()));

    assertTrue(
        markdown.contains(
            """
            > The pay an employee receives depends on her length of continuous service, as set out \
            in the table below.
            >
            > **Continuous service at the 11th week before the EWC** — **Occupational maternity pay**
            >
            > - Less than 26 weeks — No occupational pay. She may be entitled to Maternity \
            Allowance from the DWP.
            > - 26 weeks but less than one year (support staff) — SMP only: 6 weeks at 90% of \
            average weekly earnings, then 33 weeks at the standard rate.
            > - One year or more (teachers and support staff) — 4 weeks at full pay; 2 weeks at 90% \
            of a week's pay; 12 weeks at half pay plus SMP; then 21 weeks at the standard rate of \
            SMP."""),
        markdown);
    assertTrue(
        AnswerCard.markdown(answering(TestClauses.signingIn()))
            .contains(
                "below.\n>\n> - Sign in on the lone worker app on arrival\n> - Confirm the"
                    + " expected finish time\n> - Sign out on leaving the site"));
  }

  @Test
  void hostile_cells_and_items_come_out_inert_in_the_card_and_the_markdown() {
    ObjectNode card = AnswerCard.card(answering(TestClauses.hostile()));
    String markdown = AnswerCard.markdown(answering(TestClauses.hostile()));
    List<String> texts = new ArrayList<>();
    card.path("body").get(1).findValues("text").forEach(t -> texts.add(t.asText()));
    texts.add(markdown);

    for (String text : texts) {
      assertFalse(text.contains("<script>"), text);
      assertFalse(text.contains("*bold*"), text);
      assertFalse(text.contains("_x_"), text);
      assertFalse(text.matches("(?s).*(?<!\\\\)\\|.*"), "every | escaped: " + text);
      assertFalse(text.matches("(?s).*(?<!\\\\)> not a quote.*"), "no quote of its own: " + text);
    }
    assertTrue(texts.contains("\\<script\\>alert(1)\\</script\\>"), texts.toString());
    assertTrue(texts.contains("\\*bold\\*"), texts.toString());
    assertTrue(texts.contains("a \\| b"), texts.toString());
    assertTrue(texts.contains("Tom & Jerry"), texts.toString());
    assertTrue(texts.contains("\\> not a quote"), texts.toString());
    assertTrue(
        markdown.contains("> **a \\| b** — **\\<script\\>alert(1)\\</script\\>**"), markdown);
  }

  @Test
  void a_table_longer_than_the_card_allows_stops_at_a_whole_row_with_a_pointer() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 400; i++) {
      rows.add(List.of("Week " + i, "Full pay plus SMP, less any deductions due that week"));
    }
    CitedClause clause =
        TestClauses.clause(
            "p",
            "P",
            "4.3",
            "Pay",
            List.of(
                new Block.Prose("Pay:"),
                new Block.Table(List.of(), rows),
                new Block.Prose("After.")));
    String card = AnswerCard.card(answering(clause)).toString();
    assertTrue(bytes(card) < TEAMS_LIMIT, "card is " + bytes(card) + " bytes");
    assertTrue(card.contains("open the clause for the full text"), "a pointer to the rest");
    assertFalse(card.contains("After."), "nothing after the cut");
    JsonNode shown = quoteItems(clause).get(1).path("rows");
    assertTrue(shown.size() > 10 && shown.size() < 400, "rows shown: " + shown.size());
    shown.forEach(
        row ->
            assertEquals(
                "Full pay plus SMP, less any deductions due that week",
                cellTexts(row).get(1),
                "every row shown is whole"));
  }

  /** Teams refuses a message of more than about 28 KB; the card must leave room for the rest. */
  private static final int TEAMS_LIMIT = 24_000;

  private static int bytes(String json) {
    return json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Test
  void a_wide_table_of_short_cells_stays_within_what_teams_accepts() {
    List<String> header = new ArrayList<>();
    for (int c = 1; c <= 6; c++) {
      header.add("Band " + c);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 1; r <= 60; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 1; c <= 6; c++) {
        row.add("£" + (20_000 + r * 100 + c));
      }
      rows.add(row);
    }
    List<List<String>> sparse = new ArrayList<>();
    for (int r = 1; r <= 5_000; r++) {
      List<String> row = new ArrayList<>(java.util.Collections.nCopies(50, ""));
      row.set(r % 50, "x" + r);
      sparse.add(row);
    }
    List<String> twelve = new ArrayList<>();
    for (int c = 1; c <= 12; c++) {
      twelve.add("Column " + c);
    }
    List<List<String>> narrow = new ArrayList<>();
    for (int r = 1; r <= 400; r++) {
      narrow.add(List.of("r" + r)); // the card pads each row to the header's twelve cells
    }
    List<String> tiny = new ArrayList<>();
    for (int i = 1; i <= 5_000; i++) {
      tiny.add("x");
    }
    for (Block table :
        List.of(
            new Block.Table(header, rows),
            new Block.Table(List.of(), sparse),
            new Block.Table(twelve, narrow),
            new Block.ItemList(tiny, false))) {
      CitedClause clause =
          TestClauses.clause("p", "P", "4.3", "Pay", List.of(new Block.Prose("Pay:"), table));
      String card = AnswerCard.card(answering(clause)).toString();
      String markdown = AnswerCard.markdown(answering(clause));
      assertTrue(bytes(card) < TEAMS_LIMIT, "card is " + bytes(card) + " bytes");
      assertTrue(bytes(markdown) < TEAMS_LIMIT, "text is " + bytes(markdown) + " bytes");
      assertTrue(card.contains("open the clause for the full text"), "a pointer to the rest");
    }
  }

  /**
   * Budgets counted in characters let through cards Teams refuses: Chinese or Japanese text takes
   * three bytes per character, and each escaped underscore of a form's blank three on the wire.
   * Measured on the whole reply activity as the SDK sends it.
   */
  @Test
  void a_reply_stays_within_what_teams_accepts_in_bytes_not_characters() throws Exception {
    String sentence = "従業員は休暇を申請する前に上司に連絡しなければならない。";
    List<String> items = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      items.add(sentence);
      rows.add(List.of("第" + i + "週", "全額給与と法定出産手当金、その週に支払うべき控除額を差し引いたもの"));
    }
    List<CitedClause> clauses =
        List.of(
            prose(sentence.repeat(400), ""),
            prose("Signed: ______________________ Date: ____________ ".repeat(150).strip(), ""),
            prose("short", "これは前置きです。".repeat(1000)),
            TestClauses.clause(
                "p",
                "P",
                "4.3",
                "Pay",
                List.of(new Block.Prose("Pay:"), new Block.ItemList(items, false))),
            TestClauses.clause(
                "p",
                "P",
                "4.3",
                "Pay",
                List.of(new Block.Prose("Pay:"), new Block.Table(List.of(), rows))));
    for (CitedClause clause : clauses) {
      String wire = Serialization.toString(TeamsReplies.answer(answering(clause)));
      assertTrue(bytes(wire) < TEAMS_LIMIT, "reply is " + bytes(wire) + " bytes");
      assertTrue(
          wire.contains("open the clause for the full text") || clause.text().equals("short"),
          "a pointer to the rest");
    }
  }

  @Test
  void titles_from_the_policy_file_are_cut_so_the_reply_stays_within_what_teams_accepts()
      throws Exception {
    String heading = "職員は休暇を申請する前に上司に連絡しなければならない。".repeat(300);
    CitedClause clause =
        new CitedClause(
            "p", heading, "V1", "1(a)", heading, "Staff must ask first.", "", "http://h/p#c");
    CitedClause elsewhere =
        new CitedClause("q", heading, "V1", "2.1", heading, "Other.", "", "http://h/q#c");
    Answer answer =
        new Answer(
            "id9",
            "q",
            AnswerStatus.ANSWERED,
            Optional.of(clause),
            List.of(elsewhere),
            List.of(),
            "Clause 1(a) says:",
            List.of());
    String wire = Serialization.toString(TeamsReplies.answer(answer));
    assertTrue(bytes(wire) < TEAMS_LIMIT, "reply is " + bytes(wire) + " bytes");
    assertTrue(wire.contains("Staff must ask first."), "the quote is whole");
    assertTrue(wire.contains("…"), "the titles are cut");
  }

  @Test
  void a_long_quote_is_never_cut_inside_an_emoji() {
    String text =
        "a".repeat(AnswerCard.MAX_QUOTE_CHARS - 1) + "\uD83D\uDE00 and more words after it";
    JsonNode card = AnswerCard.card(answering(prose(text, "")));
    String shown = card.path("body").get(1).path("items").get(0).path("text").asText();
    String fallback = card.path("fallbackText").asText();
    for (String s : List.of(shown, fallback)) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "lone " + i);
        }
        if (Character.isLowSurrogate(c)) {
          assertTrue(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)), "lone " + i);
        }
      }
      assertTrue(s.contains("open the clause for the full text"), s.substring(s.length() - 80));
    }
  }

  private static CitedClause prose(String text, String context) {
    return new CitedClause("p", "P", "V1", "1(a)", "", text, context, "http://h/p#clause-1-a");
  }

  @Test
  void the_vote_buttons_submit_what_feedback_reads_back() {
    JsonNode data = AnswerCard.card(answered(List.of())).path("actions").get(2).path("data");
    Feedback vote = Feedback.from(data).orElseThrow();
    assertEquals(new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", false), vote);
  }

  @Test
  void the_markdown_fallback_carries_the_same_answer() {
    String markdown = AnswerCard.markdown(answered(List.of(RELATED)));
    assertTrue(
        markdown.startsWith("**Clause 4.8(b) of the Social Media Policy (Use At Work) says:**"),
        markdown);
    assertTrue(markdown.contains("> " + TeamsMarkdown.escape(CLAUSE.text())), markdown);
    assertTrue(markdown.contains("[Open clause](" + CLAUSE.url() + ")"), markdown);
    assertTrue(markdown.contains("Related: [4.8(a) Use At Work]("), markdown);
  }

  @Test
  void a_very_long_clause_is_cut_with_a_pointer_to_the_full_text() {
    CitedClause longClause =
        new CitedClause(
            "p", "P", "V1", "1", "", "word ".repeat(3_000), "", "http://h/policies/p#clause-1");
    Answer answer =
        new Answer(
            "id1",
            "q",
            AnswerStatus.ANSWERED,
            Optional.of(longClause),
            List.of(),
            List.of(),
            "Clause 1 of the P says:",
            List.of());
    String card = AnswerCard.card(answer).toString();
    assertTrue(card.length() < 20_000, "card is " + card.length() + " chars");
    assertTrue(card.contains("open the clause for the full text"));
  }

  @Test
  void not_covered_is_a_plain_statement_with_no_quote_or_card() {
    Answer notCovered =
        new Answer(
            "id2",
            "q",
            AnswerStatus.NOT_COVERED,
            Optional.empty(),
            List.of(),
            List.of(),
            "I could not find a clause. Please ask HR_Team at hr@example.org.",
            List.of());
    Activity reply = TeamsReplies.answer(notCovered);
    assertTrue(reply.getAttachments() == null || reply.getAttachments().isEmpty(), "no card");
    assertEquals(
        "I could not find a clause. Please ask HR\\_Team at hr@example.org.", reply.getText());
    assertEquals(TextFormatTypes.MARKDOWN, reply.getTextFormat());
  }

  @Test
  void a_card_needs_an_answered_question() {
    Answer help =
        new Answer(
            "id3",
            "",
            AnswerStatus.HELP,
            Optional.empty(),
            List.of(),
            List.of(),
            "Ask me.",
            List.of("Can I *post*?"));
    assertThrows(IllegalArgumentException.class, () -> AnswerCard.card(help));
    assertTrue(TeamsReplies.answer(help).getText().contains("- Can I \\*post\\*?"));
  }

  @Test
  void a_related_clause_of_another_policy_is_named_by_that_policy_in_the_card_and_the_markdown() {
    Answer answer = RelatedAnswers.answer();
    String related =
        "Related: [8.3 Confidentiality and Data"
            + " Protection](http://localhost:8080/policies/code-of-conduct-policy#clause-8-3) · [5.1"
            + " (Data \\*Protection\\* & \\<IT\\> Policy \\[Staff\\])]"
            + "(http://localhost:8080/policies/data-protection-and-it-policy#clause-5-1)";
    List<String> texts = new ArrayList<>();
    AnswerCard.card(answer).path("body").forEach(b -> texts.add(b.path("text").asText()));
    assertTrue(texts.contains(related), texts.toString());
    assertTrue(AnswerCard.markdown(answer).endsWith("\n\n" + related), AnswerCard.markdown(answer));
  }
}
