package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.config.Settings;
import picocli.CommandLine;

class AskCommandTest {

  static List<JsonNode> askJson(String stdin) throws Exception {
    AskCommand ask = new AskCommand(Settings.from(Map.of()));
    ask.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ask.stdout = out;
    assertEquals(0, new CommandLine(ask).execute("--json"));
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(mapper.readTree(line));
    }
    return lines;
  }

  /** A folder of Word and PDF files was "no usable policies", with no word of why. */
  @Test
  void a_folder_of_word_files_says_which_files_were_skipped_and_why(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("leave-policy.docx"), "PK");
    Files.writeString(dir.resolve("sickness.pdf"), "%PDF");
    PolicyOptions options = new PolicyOptions();
    options.policies = dir;
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    IllegalStateException e;
    try {
      e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class, () -> options.answerer(Settings.from(Map.of())));
    } finally {
      System.setErr(before);
    }
    assertTrue(e.getMessage().contains("save a Word or PDF policy as Markdown"), e.getMessage());
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains("skipped leave-policy.docx: only .md, .markdown and .txt are read"),
        printed);
    assertTrue(printed.contains("skipped sickness.pdf"), printed);
  }

  @Test
  void json_mode_writes_one_object_per_question_in_the_contract() throws Exception {
    List<JsonNode> lines =
        askJson(
            "Can I be friends with my students on Facebook?\nHow much annual leave do I have?\n\n");
    assertEquals(3, lines.size());

    JsonNode answered = lines.get(0);
    assertEquals("answered", answered.get("status").asText());
    JsonNode clause = answered.get("answer");
    assertEquals("social-media-policy", clause.get("policy").asText());
    assertEquals("Social Media Policy", clause.get("title").asText());
    assertEquals("V1.0", clause.get("version").asText());
    assertEquals("4.6(c)", clause.get("clause").asText());
    assertEquals("Protecting Our Partners", clause.get("section").asText());
    assertTrue(clause.get("text").asText().startsWith("Staff should not befriend students"));
    assertEquals(
        "http://localhost:8080/policies/social-media-policy#clause-4-6-c",
        clause.get("url").asText());
    assertTrue(answered.get("related").isArray());
    JsonNode first = answered.get("candidates").get(0);
    assertEquals("4.6(c)", first.get("clause").asText());
    assertTrue(first.get("score").isNumber());
    assertTrue(answered.get("candidates").size() <= 5);

    JsonNode notCovered = lines.get(1);
    assertEquals("not_covered", notCovered.get("status").asText());
    assertTrue(notCovered.get("answer").isNull());
    assertTrue(notCovered.get("candidates").isArray());

    assertEquals("help", lines.get(2).get("status").asText());
  }
}
