package org.policybot.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.testing.RelatedAnswers;
import org.policybot.core.testing.TestClauses;

class AnswerJsonTest {

  private static JsonNode answerOf(CitedClause clause) throws Exception {
    Answer a =
        new Answer(
            "id1",
            "q",
            AnswerStatus.ANSWERED,
            Optional.of(clause),
            List.of(),
            List.of(),
            "Clause says:",
            List.of());
    return new ObjectMapper().readTree(AnswerJson.line(a)).get("answer");
  }

  @Test
  void a_clause_with_a_table_or_list_keeps_its_flat_text_and_adds_its_blocks() throws Exception {
    CitedClause pay = TestClauses.maternityPay();
    JsonNode answer = answerOf(pay);

    assertEquals(pay.text(), answer.get("text").asText());
    assertEquals(
        List.of("policy", "title", "version", "clause", "section", "text", "url", "blocks"),
        List.copyOf(iterable(answer)));
    JsonNode blocks = answer.get("blocks");
    assertEquals("prose", blocks.get(0).get("type").asText());
    assertEquals("table", blocks.get(1).get("type").asText());
    assertEquals("Occupational maternity pay", blocks.get(1).get("header").get(1).asText());
    assertEquals(3, blocks.get(1).get("rows").size());
    assertEquals("Less than 26 weeks", blocks.get(1).get("rows").get(0).get(0).asText());
    JsonNode list = answerOf(TestClauses.signingIn()).get("blocks").get(1);
    assertEquals("list", list.get("type").asText());
    assertFalse(list.get("numbered").asBoolean());
    assertEquals("Confirm the expected finish time", list.get("items").get(1).asText());
    // A prose clause has no blocks field: its JSON is exactly as it was.
    JsonNode prose =
        answerOf(new CitedClause("p", "P", "V1", "1.1", "S", "Staff sign in.", "", "http://h"));
    assertEquals(
        List.of("policy", "title", "version", "clause", "section", "text", "url"),
        List.copyOf(iterable(prose)));
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void a_related_clause_carries_its_own_policy_id_and_title_unescaped() throws Exception {
    JsonNode related =
        new ObjectMapper().readTree(AnswerJson.line(RelatedAnswers.answer())).get("related");
    assertEquals("code-of-conduct-policy", related.get(0).get("policy").asText());
    assertEquals("data-protection-and-it-policy", related.get(1).get("policy").asText());
    assertEquals(RelatedAnswers.OTHER_TITLE, related.get(1).get("title").asText());
    assertEquals(
        List.of("policy", "title", "version", "clause", "section", "text", "url"),
        List.copyOf(iterable(related.get(1))));
  }

  @Test
  void the_readme_example_shows_a_score_in_the_range_real_scores_have() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher score = Pattern.compile("\"score\": ([0-9.]+)").matcher(readme);
    assertTrue(score.find(), "README no longer shows a candidate score");
    double shown = Double.parseDouble(score.group(1));
    assertTrue(shown >= 0 && shown <= 1, "README shows score " + shown + "; scores run 0 to 1");
  }
}
