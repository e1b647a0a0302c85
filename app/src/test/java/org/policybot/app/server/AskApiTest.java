package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AskApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PolicyServer server;
  private static TestServers.Client client;

  @BeforeAll
  static void start() {
    server = TestServers.bundled();
    client = new TestServers.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> ask(String question) {
    return client.get("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertEquals(
        "application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    return JSON.readTree(r.body());
  }

  @Test
  void quotes_the_befriending_clause_in_the_ask_json_contract() throws Exception {
    HttpResponse<String> r = ask("Can I befriend ex-students on Facebook?");
    assertEquals(200, r.statusCode());
    JsonNode a = json(r);
    assertEquals("answered", a.get("status").asText());
    assertEquals("Can I befriend ex-students on Facebook?", a.get("question").asText());
    JsonNode clause = a.get("answer");
    assertEquals("social-media-policy", clause.get("policy").asText());
    assertEquals("4.6(c)", clause.get("clause").asText());
    assertEquals("Protecting Our Partners", clause.get("section").asText());
    assertTrue(clause.get("text").asText().startsWith("Staff should not befriend students"));
    assertEquals(
        "http://localhost:8080/policies/social-media-policy#clause-4-6-c",
        clause.get("url").asText());
    for (String field : List.of("id", "related", "candidates", "message")) {
      assertTrue(a.has(field), field);
    }
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void says_not_covered_without_quoting_for_an_unrelated_question() throws Exception {
    JsonNode a = json(ask("How many days of paternity leave do I get?"));
    assertEquals("not_covered", a.get("status").asText());
    assertTrue(a.get("answer").isNull());
  }

  @Test
  void gives_help_for_an_empty_question() throws Exception {
    HttpResponse<String> r = client.get("/api/ask?q=");
    assertEquals(200, r.statusCode());
    JsonNode a = json(r);
    assertEquals("help", a.get("status").asText());
    assertFalse(a.get("examples").isEmpty());
  }

  @Test
  void rejects_a_request_without_q_with_a_json_error() throws Exception {
    HttpResponse<String> r = client.get("/api/ask?question=hello");
    assertEquals(400, r.statusCode());
    assertEquals("missing_question", json(r).get("error").asText());
  }

  @Test
  void rejects_malformed_percent_encoding_with_400() throws Exception {
    String status =
        TestServers.rawStatusLine(
            server,
            "GET /api/ask?q=100%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            new byte[0]);
    assertTrue(status.startsWith("HTTP/1.1 400 "), status);
  }

  @Test
  void answers_a_question_longer_than_ten_thousand_characters() throws Exception {
    String question = "Can I befriend ex-students on Facebook? ".repeat(300);
    assertTrue(question.length() > 10_000);
    HttpResponse<String> r = ask(question);
    assertEquals(200, r.statusCode());
    assertTrue(Set.of("answered", "not_covered").contains(json(r).get("status").asText()));
  }

  @Test
  void answers_lucene_query_syntax_as_plain_words() throws Exception {
    for (String q :
        List.of(
            "title:(befriend) AND \"ex-students\"~2 OR [a TO z] ^3 \\ / * ?",
            "befriend* OR students~ && !social || +facebook -ex",
            "(((",
            "\"",
            "*:*")) {
      HttpResponse<String> r = ask(q);
      assertEquals(200, r.statusCode(), q);
      assertTrue(
          Set.of("answered", "not_covered", "help").contains(json(r).get("status").asText()), q);
    }
  }

  @Test
  void removes_control_characters_from_the_question() throws Exception {
    HttpResponse<String> r =
        client.get("/api/ask?q=befriend%00%01%1B%7F+ex-students%0D%0Aon+Facebook");
    assertEquals(200, r.statusCode());
    String question = json(r).get("question").asText();
    assertTrue(question.chars().noneMatch(c -> c < 0x20 || c == 0x7f), question);
    assertTrue(question.contains("befriend"), question);
  }

  @Test
  void refuses_other_methods_with_405_and_an_allow_header() throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/ask?q=hello"))
                .POST(HttpRequest.BodyPublishers.ofString("q=hello")));
    assertEquals(405, r.statusCode());
    assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
    assertEquals("method_not_allowed", json(r).get("error").asText());
  }

  @Test
  void answers_unknown_api_paths_with_a_json_404() throws Exception {
    for (String path : List.of("/api/nothing", "/api/askme?q=x", "/api/ask/extra?q=x")) {
      HttpResponse<String> r = client.get(path);
      assertEquals(404, r.statusCode(), path);
      assertEquals("not_found", json(r).get("error").asText(), path);
    }
  }
}
