package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.policy.PolicySource;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

class PolicyPagesTest {

  private static final Policy BUNDLED = PolicySource.bundled().policies().get(0);
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

  private static Document page(String path) {
    HttpResponse<String> r = client.get(path);
    assertEquals(200, r.statusCode(), path);
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    return Jsoup.parse(r.body(), client.uri(path).toString());
  }

  @Test
  void lists_each_policy_with_version_owner_review_date_and_clause_count() {
    Element row = page("/policies").selectFirst("table.policies tbody tr");
    assertNotNull(row);
    List<String> cells = row.select("td").eachText();
    assertEquals(
        List.of(
            "Social Media Policy",
            "V1.0",
            "HR Director",
            "February 2022",
            Integer.toString(BUNDLED.clauses().size())),
        cells);
    assertEquals("./policies/social-media-policy", row.selectFirst("a").attr("href"));
  }

  @Test
  void shows_the_policy_metadata() {
    Element meta = page("/policies/social-media-policy").selectFirst("dl.metadata");
    assertNotNull(meta);
    assertEquals(
        List.of("Version", "Owner", "Reference", "Approved", "Review date"),
        meta.select("dt").eachText());
    assertEquals(
        List.of("V1.0", "HR Director", "CLT-SMP-V1.0", "14th December 2020", "February 2022"),
        meta.select("dd").eachText());
  }

  @Test
  void puts_every_clause_at_its_anchor_under_its_number_with_its_exact_text() {
    Document doc = page("/policies/social-media-policy");
    for (Clause c : BUNDLED.clauses()) {
      Element el = doc.getElementById(c.anchor());
      assertNotNull(el, c.anchor());
      assertEquals(c.id(), el.selectFirst("a.number").text());
      assertEquals("#" + c.anchor(), el.selectFirst("a.number").attr("href"));
      assertEquals(c.text(), el.selectFirst(".text").wholeText());
    }
    assertEquals(BUNDLED.clauses().size(), doc.select("div.clause").size());
  }

  @Test
  void places_each_clause_after_its_own_section_heading() {
    Document doc = page("/policies/social-media-policy");
    for (Section s : BUNDLED.sections()) {
      assertTrue(doc.select(".section").eachText().contains(s.id() + " " + s.title()), s.title());
    }
    Element clause = doc.getElementById("clause-4-6-c");
    Element heading = clause.previousElementSibling();
    while (!heading.hasClass("section")) {
      heading = heading.previousElementSibling();
    }
    assertEquals("4.6 Protecting Our Partners", heading.text());
  }

  @Test
  void draws_a_heading_without_a_number_above_the_clauses_under_it(@TempDir Path folder)
      throws Exception {
    Files.writeString(
        folder.resolve("sickness-policy.md"),
        """
        # Sickness Absence Policy

        ## 8. Long-Term Absence

        8.1 Long-term absence is a continuous absence of four weeks or more.

        8.2 Your line manager will contact you every two weeks.

        ### Returning to work

        8.3 A phased return may be agreed on the advice of occupational health.

        ## 9. Review

        9.1 This policy is reviewed every two years.
        """);
    try (PolicyServer local = TestServers.start(Optional.of(folder))) {
      TestServers.Client c = new TestServers.Client(local);
      HttpResponse<String> r = c.get("/policies/sickness-policy");
      assertEquals(200, r.statusCode());
      Document doc = Jsoup.parse(r.body());
      assertEquals(
          List.of(
              "8 Long-Term Absence", "8.1", "8.2", "Returning to work", "8.3", "9 Review", "9.1"),
          doc.select("article .section, article div.clause > a.number").eachText());
    }
  }

  @Test
  void draws_a_plain_text_heading_between_clauses_where_it_stands(@TempDir Path folder)
      throws Exception {
    // As Word exports it: headings between numbered paragraphs are plain lines, in Title Case or
    // in sentence case, and the clauses after them keep their section's number.
    Files.writeString(
        folder.resolve("absence-policy.txt"),
        """
        ABSENCE POLICY

        8. Long-term absence

        8.1 Long-term absence is a continuous absence of four weeks or more.

        Keeping in Touch

        8.2 Your line manager will contact you every two weeks.

        Returning to work after a long absence

        8.3 A phased return may be agreed on the advice of occupational health.

        8.4 The return to work meeting is held on the first day back.

        9. Review

        9.1 This policy is reviewed every two years.
        """);
    try (PolicyServer local = TestServers.start(Optional.of(folder))) {
      TestServers.Client c = new TestServers.Client(local);
      HttpResponse<String> r = c.get("/policies/absence-policy");
      assertEquals(200, r.statusCode());
      Document doc = Jsoup.parse(r.body());
      assertEquals(
          List.of(
              "8 Long-term absence",
              "8.1",
              "Keeping in Touch",
              "8.2",
              "Returning to work after a long absence",
              "8.3",
              "8.4",
              "9 Review",
              "9.1"),
          doc.select("article .section, article div.clause > a.number").eachText());
      assertEquals(
          "Long-term absence is a continuous absence of four weeks or more.",
          doc.select("#clause-8-1 .text").text());
    }
  }

  @Test
  void shows_a_table_clause_as_a_table_and_bullets_as_a_list(@TempDir Path folder) {
    try (PolicyServer local =
        TestServers.withFixtures(folder, "maternity-leave-policy.md", "lone-working-policy.md")) {
      TestServers.Client c = new TestServers.Client(local);
      Document maternity = Jsoup.parse(c.get("/policies/maternity-leave-policy").body());
      Element clause = maternity.getElementById("clause-4-1");
      assertEquals("4.1", clause.selectFirst("a.number").text());
      assertEquals(
          "The pay an employee receives depends on her length of continuous service, as set out"
              + " in the table below.",
          clause.selectFirst(".text > p").text());
      assertEquals(
          List.of(
              "Continuous service at the 11th week before the EWC", "Occupational maternity pay"),
          clause.select(".text table.clause-table > thead th").eachText());
      assertEquals(
          List.of(
              "Less than 26 weeks",
              "No occupational pay. She may be entitled to Maternity Allowance from the DWP."),
          clause.select(".text table.clause-table > tbody > tr").get(0).select("td").eachText());
      assertEquals(3, clause.select("tbody > tr").size());
      assertNotNull(clause.selectFirst("button.copy-link"), "the copy button is still there");

      Document lone = Jsoup.parse(c.get("/policies/lone-working-policy").body());
      assertEquals(
          List.of(
              "park in a well-lit area, as close as possible to the entrance;",
              "keep their mobile phone charged and with them; and",
              "tell a colleague or family member their route and expected arrival time."),
          lone.getElementById("clause-5-1").select(".text ul.items > li").eachText());
      // A clause with neither keeps its one line of text.
      assertEquals(
          "Staff must leave a home visit immediately if they feel threatened, and must report the"
              + " matter to the DSL the same day.",
          lone.getElementById("clause-4-3").selectFirst("span.text").wholeText());
    }
  }

  @Test
  void hostile_cells_and_items_from_a_policy_file_are_shown_as_text(@TempDir Path folder)
      throws Exception {
    Files.writeString(
        folder.resolve("rates-policy.md"),
        """
        # Rates Policy

        ## 1. Rates

        1.1 Rates are:

        | Item &#124; kind | &lt;script&gt;alert(1)&lt;/script&gt; |
        |---|---|
        | &#42;bold&#42; | Tom &amp; Jerry |
        | &gt; not a quote | 10 |

        - &lt;img src=x onerror=alert(1)&gt;
        - Tom & Jerry
        """);
    try (PolicyServer local = TestServers.start(Optional.of(folder))) {
      Document doc =
          Jsoup.parse(new TestServers.Client(local).get("/policies/rates-policy").body());
      Element clause = doc.getElementById("clause-1-1");
      assertTrue(doc.select("article script, article img, article b").isEmpty(), clause.html());
      assertEquals(
          List.of("Item | kind", "<script>alert(1)</script>"),
          clause.select("thead th").eachText());
      assertEquals(
          List.of("*bold*", "Tom & Jerry", "> not a quote", "10"),
          clause.select("tbody td").eachText());
      assertEquals(
          List.of("<img src=x onerror=alert(1)>", "Tom & Jerry"),
          clause.select("ul.items > li").eachText());
    }
  }

  @Test
  void gives_every_clause_a_copy_button_with_the_link_the_bots_post() {
    Element button = page("/policies/social-media-policy").selectFirst("#clause-4-6-c button");
    assertNotNull(button);
    assertEquals(
        "http://localhost:8080/policies/social-media-policy#clause-4-6-c", button.attr("data-url"));
  }

  @Test
  void loads_its_script_and_style_from_static_files_that_are_served() {
    Document doc = page("/policies/social-media-policy");
    assertTrue(doc.select("script:not([src])").isEmpty(), "no inline script");
    assertTrue(doc.select("style, [style]").isEmpty(), "no inline style");
    for (String src :
        List.of(
            doc.selectFirst("script").attr("src"),
            doc.selectFirst("link[rel=stylesheet]").attr("href"))) {
      HttpResponse<String> r =
          client.get(URI.create("/policies/social-media-policy").resolve(src).getPath());
      assertEquals(200, r.statusCode(), src);
      assertTrue(r.body().contains("is-target"), src);
    }
  }

  @Test
  void answers_unknown_policies_and_deeper_paths_with_an_html_404() {
    for (String path :
        List.of(
            "/policies/no-such-policy",
            "/policies/social-media-policy/x",
            "/policies/..%2F..%2Fetc%2Fpasswd",
            "/policiesx",
            "/static/nothing.js")) {
      HttpResponse<String> r = client.get(path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    }
  }
}
