package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.testing.RelatedAnswers;
import org.policybot.core.testing.TestClauses;

/** The ask page's answer fragment for clauses with tables and lists. */
class AnswerHtmlTest {

  private static Element quote(CitedClause clause) {
    Answer a =
        new Answer(
            "id1",
            "q",
            AnswerStatus.ANSWERED,
            Optional.of(clause),
            List.of(),
            List.of(),
            "Clause " + clause.clauseId() + " says:",
            List.of());
    Element quote =
        Jsoup.parseBodyFragment(AnswerHtml.render(a, PageLinks.forPath("/")))
            .selectFirst("blockquote.quote");
    assertNotNull(quote);
    return quote;
  }

  @Test
  void a_table_is_a_real_table_with_its_header_in_thead_and_each_row_in_its_cells() {
    Element text = quote(TestClauses.maternityPay()).selectFirst(".clause-text");

    assertEquals(
        "The pay an employee receives depends on her length of continuous service, as set out in"
            + " the table below.",
        text.selectFirst("p").text());
    Element table = text.selectFirst("table.clause-table");
    assertNotNull(table, text.outerHtml());
    assertEquals(
        List.of("Continuous service at the 11th week before the EWC", "Occupational maternity pay"),
        table.select("thead th").eachText());
    assertEquals(3, table.select("tbody tr").size());
    assertEquals(
        List.of(
            "26 weeks but less than one year (support staff)",
            "SMP only: 6 weeks at 90% of average weekly earnings, then 33 weeks at the standard"
                + " rate."),
        table.select("tbody tr").get(1).select("td").eachText());
  }

  @Test
  void bullets_are_a_list_and_prose_is_the_paragraph_it_was() {
    Element text = quote(TestClauses.signingIn()).selectFirst(".clause-text");
    assertEquals(
        List.of(
            "Sign in on the lone worker app on arrival",
            "Confirm the expected finish time",
            "Sign out on leaving the site"),
        text.select("ul.items > li").eachText());

    CitedClause prose =
        new CitedClause("p", "P", "V1", "1.1", "", "Staff sign in.", "", "http://h");
    Element p = quote(prose).selectFirst("p.clause-text");
    assertNotNull(p, "a prose clause keeps its <p class=clause-text>");
    assertEquals("Staff sign in.", p.wholeText());
  }

  @Test
  void hostile_cells_and_items_are_text_not_markup() {
    Element quote = quote(TestClauses.hostile());

    assertTrue(
        quote.select("script, b, strong, em, blockquote blockquote").isEmpty(), quote.html());
    assertEquals(
        List.of("a | b", "<script>alert(1)</script>"), quote.select("thead th").eachText());
    assertEquals(
        List.of("*bold*", "Tom & Jerry", "> not a quote", "_x_"),
        quote.select("tbody td").eachText());
    assertEquals(TestClauses.HOSTILE, quote.select("ul.items > li").eachText());
  }

  @Test
  void a_related_clause_of_another_policy_is_named_by_that_policy_escaped() {
    String html = AnswerHtml.render(RelatedAnswers.answer(), PageLinks.forPath("/"));
    List<String> related =
        Jsoup.parseBodyFragment(html).select("ul.related > li").stream()
            .map(Element::text)
            .toList();
    assertEquals(
        List.of(
            "8.3 (Confidentiality and Data Protection)",
            "5.1 (" + RelatedAnswers.OTHER_TITLE + ")"),
        related);
    assertTrue(
        html.contains("5.1</a> (Data *Protection* &amp; &lt;IT&gt; Policy [Staff])</li>"), html);
  }
}
