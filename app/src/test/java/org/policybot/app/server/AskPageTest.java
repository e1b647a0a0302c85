package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskPageTest {

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

  private static Document ask(String question) {
    HttpResponse<String> r =
        client.get("/?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    return Jsoup.parse(r.body());
  }

  @Test
  void shows_a_form_and_example_questions_before_anything_is_asked() {
    HttpResponse<String> r = client.get("/");
    assertEquals(200, r.statusCode());
    Document doc = Jsoup.parse(r.body());
    assertNotNull(doc.selectFirst("form[action=./][method=get] input[name=q]"));
    assertFalse(doc.select("ul.examples a[href^=./?q=]").isEmpty());
    assertTrue(doc.select("#answer").isEmpty());
  }

  @Test
  void quotes_the_clause_with_its_number_section_link_and_version() {
    Element answer = ask("Can I befriend ex-students on Facebook?").getElementById("answer");
    assertNotNull(answer);
    assertEquals("answered", answer.attr("data-status"));
    assertEquals(
        "Clause 4.6(c) of the Social Media Policy (Protecting Our Partners) says:",
        answer.selectFirst(".lead-in").text());
    assertTrue(
        answer
            .selectFirst("blockquote .clause-text")
            .text()
            .startsWith("Staff should not befriend students"));
    Element link = answer.selectFirst("a.clause-link");
    assertEquals("4.6(c)", link.text());
    assertEquals("./policies/social-media-policy#clause-4-6-c", link.attr("href"));
    assertTrue(answer.selectFirst(".citation").text().contains("(Protecting Our Partners)"));
    assertEquals(
        "http://localhost:8080/policies/social-media-policy#clause-4-6-c",
        answer.selectFirst("a.canonical").attr("href"));
    assertEquals("Policy version: V1.0", answer.selectFirst(".version").text());
  }

  @Test
  void quotes_a_table_clause_as_a_table(@TempDir Path folder) {
    try (PolicyServer local = TestServers.withFixtures(folder, "maternity-leave-policy.md")) {
      HttpResponse<String> r =
          new TestServers.Client(local)
              .get("/?q=" + URLEncoder.encode("clause 4.3", StandardCharsets.UTF_8));
      Element quote = Jsoup.parse(r.body()).selectFirst("#answer blockquote .clause-text");
      assertNotNull(quote, r.body());
      assertEquals("Pay during leave is summarised as follows:", quote.selectFirst("p").text());
      assertEquals(List.of("Weeks of leave", "Payment"), quote.select("thead th").eachText());
      assertEquals(
          List.of("1–4", "Full pay (offset against SMP)"),
          quote.select("tbody tr").get(0).select("td").eachText());
      assertEquals(5, quote.select("tbody tr").size());
    }
  }

  @Test
  void keeps_the_question_in_the_box_for_editing() {
    Document doc = ask("Can I befriend ex-students on Facebook?");
    assertEquals("Can I befriend ex-students on Facebook?", doc.selectFirst("#q").val());
  }

  @Test
  void says_not_covered_and_quotes_nothing() {
    Element answer = ask("How many days of paternity leave do I get?").getElementById("answer");
    assertEquals("not_covered", answer.attr("data-status"));
    assertTrue(answer.select("blockquote").isEmpty());
    assertTrue(answer.selectFirst(".not-covered").text().contains("your HR team"));
  }

  @Test
  void shows_usage_and_examples_for_help() {
    Element answer = ask("help").getElementById("answer");
    assertEquals("help", answer.attr("data-status"));
    assertFalse(answer.select("ul.examples li").isEmpty());
  }
}
