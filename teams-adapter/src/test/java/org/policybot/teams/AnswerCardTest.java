package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;

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
}
