package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy folder whose file carries script, event handlers and {@code javascript:} links, some as
 * entities that the parser decodes into real angle brackets, and questions that do the same: none
 * of it may reach a page as markup.
 */
class HostileInputTest {

  private static final String POLICY =
      """
      # Hostile <script>alert('title')</script> &lt;script&gt;alert('t2')&lt;/script&gt; Policy

      **Document Owner:** &lt;img src=x onerror=alert('owner')&gt;

      **Reference Number:** &lt;script&gt;alert('ref')&lt;/script&gt;

      **Review Date:** <a href="javascript:alert('review')">soon</a> &lt;a href="javascript:alert(9)"&gt;

      ## 1. SCRIPTS &lt;script&gt;alert('section')&lt;/script&gt;

      - a. Staff must never run &lt;script&gt;alert('clause')&lt;/script&gt; in lessons.
      - b. Pictures &lt;img src=x onerror="alert('img')"&gt; and <img src=x onerror=alert(1)> are banned.
      - c. Links like [click me](javascript:alert('link')) and &lt;a href="javascript:alert(2)"&gt;this&lt;/a&gt; are banned.
      - d. Attribute breakers " onmouseover="alert(3)" x=" and ' onfocus='alert(4)' are text.
      """;

  /** Attributes a browser follows or loads; a form field's value is only text. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "data-url", "xlink:href", "poster");

  @TempDir static Path folder;
  private static PolicyServer server;
  private static TestServers.Client client;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(folder.resolve("hostile-policy.md"), POLICY);
    server = TestServers.start(Optional.of(folder));
    client = new TestServers.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Fails on any script other than ours, any event-handler attribute, any script URL. */
  private static Document assertInert(String path) {
    HttpResponse<String> r = client.get(path);
    assertEquals(200, r.statusCode(), path);
    String body = r.body();
    assertFalse(body.contains("<script>"), path);
    assertFalse(body.contains("<img"), path);
    Document doc = Jsoup.parse(body);
    for (Element script : doc.select("script")) {
      assertEquals(
          "/static/policybot.js",
          URI.create("http://policybot.test" + path).resolve(script.attr("src")).getPath(),
          path);
    }
    assertTrue(doc.select("img, iframe, object, embed, svg").isEmpty(), path);
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), path + ": " + el.tagName() + " has " + name);
        if (URL_ATTRIBUTES.contains(name)) {
          assertFalse(
              value.startsWith("javascript:") || value.startsWith("data:"),
              path + ": " + name + "=" + value);
        }
      }
    }
    return doc;
  }

  @Test
  void the_policy_page_shows_the_markup_as_text_and_runs_none_of_it() {
    Document doc = assertInert("/policies/hostile-policy");
    assertTrue(doc.selectFirst("h1").text().contains("<script>alert('t2')</script>"));
    assertTrue(doc.select("dl.metadata dd").eachText().contains("<script>alert('ref')</script>"));
    Element b = doc.getElementById("clause-1-b");
    assertNotNull(b);
    assertTrue(
        b.selectFirst(".text").text().contains("<img src=x onerror=\"alert('img')\">"), b.text());
    Element d = doc.getElementById("clause-1-d");
    assertTrue(d.selectFirst(".text").text().contains("\" onmouseover=\"alert(3)\" x=\""));
  }

  @Test
  void the_policy_list_escapes_titles_and_owners() {
    Document doc = assertInert("/policies");
    assertTrue(doc.selectFirst("table.policies td").text().contains("<script>"));
  }

  @Test
  void a_question_with_markup_is_shown_back_as_text() {
    for (String q :
        List.of(
            "<script>alert(1)</script> befriend",
            "\"><img src=x onerror=alert(1)>",
            "' onfocus='alert(1)' autofocus='",
            "javascript:alert(1)",
            "&lt;script&gt;")) {
      Document doc = assertInert("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertEquals(q, doc.selectFirst("#q").val());
    }
  }

  @Test
  void an_answer_quoting_a_hostile_clause_is_inert() {
    Document doc =
        assertInert(
            "/?q="
                + URLEncoder.encode("Can staff run scripts in lessons?", StandardCharsets.UTF_8));
    Element answer = doc.getElementById("answer");
    assertEquals("answered", answer.attr("data-status"), answer.text());
    assertTrue(
        answer.selectFirst("blockquote").text().contains("<script>alert('clause')</script>"));
  }

  @Test
  void the_api_returns_markup_in_json_that_browsers_will_not_sniff_as_html() {
    HttpResponse<String> r =
        client.get(
            "/api/ask?q="
                + URLEncoder.encode(
                    "<script>alert(1)</script> scripts in lessons", StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").get());
  }
}
