package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.feedback.Ballots;
import org.policybot.core.testing.RelatedAnswers;
import org.policybot.core.testing.TestClauses;
import org.policybot.index.Block;

class AnswerRendererTest {

  private final AnswerRenderer renderer = new AnswerRenderer(new Ballots());

  @Test
  void quotes_a_lettered_item_under_its_lead_in() {
    CitedClause clause =
        clause("4.8(b)", "Use At Work", "Breaks only.", "Staff may use social media:");

    List<String> sections = texts(renderer.render(answered(clause, List.of())));

    assertEquals(">Staff may use social media:\n>Breaks only.", sections.get(1));
  }

  @Test
  void shows_at_most_two_related_clauses_as_links() {
    CitedClause main = clause("4.8(b)", "Use At Work", "Breaks only.", "");
    List<CitedClause> related =
        List.of(
            clause("4.8(a)", "Use At Work", "a", ""),
            clause("4.9(b)", "Disciplinary Action", "b", ""),
            clause("4.1(a)", "Confidential Information", "c", ""));

    String links = texts(renderer.render(answered(main, related))).get(2);

    assertTrue(links.contains("<https://h/p#4.8(a)|4.8(a)> (Use At Work)"), links);
    assertTrue(links.contains("<https://h/p#4.9(b)|4.9(b)> (Disciplinary Action)"), links);
    assertFalse(links.contains("4.1(a)"), links);
  }

  @Test
  void a_related_clause_of_another_policy_is_named_by_that_policy_escaped() {
    String links = texts(renderer.render(RelatedAnswers.answer())).get(2);

    assertTrue(
        links.endsWith(
            "\n*Related:* <http://localhost:8080/policies/code-of-conduct-policy#clause-8-3|8.3>"
                + " (Confidentiality and Data Protection),"
                + " <http://localhost:8080/policies/data-protection-and-it-policy#clause-5-1|5.1>"
                + " ("
                + Mrkdwn.fitLiteral(RelatedAnswers.OTHER_TITLE, 200)
                + ")"),
        links);
    assertTrue(links.contains("&amp; &lt;IT&gt; Policy [Staff]"), links);
    assertFalse(links.contains("*Protection*"), "Slack would make it bold: " + links);
  }

  @Test
  void long_clause_is_cut_with_a_note_and_a_link_and_stays_within_slacks_limits() {
    String text = "Staff & pupils <must> read this. ".repeat(400);
    CitedClause clause = clause("9.9", "Long <Section>", text, "");

    Reply reply = renderer.render(answered(clause, List.of()));
    List<String> sections = texts(reply);

    String quote = sections.get(1);
    assertTrue(quote.startsWith(">Staff &amp; pupils &lt;must&gt; read this."), quote);
    assertTrue(quote.endsWith("…"), quote.substring(quote.length() - 20));
    assertTrue(
        sections.get(2).contains("Slack shows only the start of this clause"), sections.get(2));
    assertTrue(sections.get(2).contains("<https://h/p#9.9|9.9>"), sections.get(2));
    assertTrue(Pattern.compile("&(?!amp;|lt;|gt;)").matcher(quote).results().findAny().isEmpty());
    int total = 0;
    for (String s : allTexts(reply)) {
      assertTrue(s.length() <= Mrkdwn.TEXT_MAX, "text of " + s.length() + " characters");
      total += s.length();
    }
    assertTrue(total <= Mrkdwn.MESSAGE_TEXT_MAX, "message text " + total);
    assertTrue(reply.blocks().size() <= Mrkdwn.BLOCKS_MAX);
  }

  @Test
  void policy_file_text_is_escaped_everywhere_it_appears() {
    CitedClause clause =
        new CitedClause(
            "p",
            "Pay & <Conditions>",
            "V<2>",
            "1.1",
            "Hours & <breaks>",
            "Rest & <eat>.",
            "",
            "https://h/p#1.1");

    String all = String.join("\n", allTexts(renderer.render(answered(clause, List.of()))));

    assertFalse(
        all.contains("<Conditions>") || all.contains("<breaks>") || all.contains("<eat>"), all);
    assertTrue(all.contains("Pay &amp; &lt;Conditions&gt;"), all);
    assertTrue(all.contains("Hours &amp; &lt;breaks&gt;"), all);
    assertTrue(all.contains("version V&lt;2&gt;"), all);
  }

  @Test
  void a_table_is_a_bold_header_line_then_one_line_per_row_with_its_cells_apart() {
    String quote = texts(renderer.render(answered(TestClauses.maternityPay(), List.of()))).get(1);

    assertEquals(
        """
        >The pay an employee receives depends on her length of continuous service, as set out in \
        the table below.
        >*Continuous service at the 11th week before the EWC* — *Occupational maternity pay*
        >• Less than 26 weeks — No occupational pay. She may be entitled to Maternity Allowance \
        from the DWP.
        >• 26 weeks but less than one year (support staff) — SMP only: 6 weeks at 90% of average \
        weekly earnings, then 33 weeks at the standard rate.
        >• One year or more (teachers and support staff) — 4 weeks at full pay; 2 weeks at 90% of \
        a week's pay; 12 weeks at half pay plus SMP; then 21 weeks at the standard rate of SMP.""",
        quote);
  }

  @Test
  void each_bullet_is_a_line_of_its_own_so_unpunctuated_items_do_not_run_on() {
    String quote = texts(renderer.render(answered(TestClauses.signingIn(), List.of()))).get(1);

    assertEquals(
        """
        >Site staff opening or locking up a building must use the signing-in procedure set out \
        below.
        >• Sign in on the lone worker app on arrival
        >• Confirm the expected finish time
        >• Sign out on leaving the site""",
        quote);
  }

  @Test
  void hostile_cells_and_items_come_out_inert() {
    Reply reply = renderer.render(answered(TestClauses.hostile(), List.of()));
    String quote = texts(reply).get(1);

    for (String line : quote.split("\n")) {
      assertTrue(line.startsWith(">"), line);
      assertFalse(line.substring(1).startsWith(">"), "no nested quote: " + line);
    }
    assertFalse(quote.contains("<"), "no link, ping or tag can open: " + quote);
    assertTrue(quote.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), quote);
    assertTrue(quote.contains("Tom &amp; Jerry"), quote);
    assertTrue(quote.contains("&gt; not a quote"), quote);
    assertTrue(quote.contains("a | b"), quote);
    // Slack would bold *bold* and italicise _x_; their marks are kept apart from the words.
    assertFalse(quote.contains("*bold*") || quote.contains("_x_"), quote);
    assertTrue(quote.contains("\u200B*\u200Bbold\u200B*\u200B"), quote);
    assertTrue(
        quote.contains("*a | b* — *&lt;script&gt;alert(1)&lt;/script&gt;*"),
        "header cells bold, their words escaped: " + quote);
    assertTrue(reply.text().contains("&lt;script&gt;"), "the fallback text is escaped too");
    assertFalse(reply.text().contains("<script>"), reply.text());
  }

  @Test
  void a_table_too_long_for_slack_is_cut_between_rows_with_a_note() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      rows.add(List.of("Week " + i, "Full pay & SMP, less any <deductions> due that week"));
    }
    CitedClause clause =
        TestClauses.clause(
            "p",
            "Policy",
            "4.3",
            "Pay",
            List.of(new Block.Prose("Pay:"), new Block.Table(List.of("Week", "Pay"), rows)));

    List<String> sections = texts(renderer.render(answered(clause, List.of())));
    String quote = sections.get(1);

    assertTrue(quote.length() <= Mrkdwn.TEXT_MAX, "quote of " + quote.length());
    assertTrue(quote.endsWith("\n>…"), quote.substring(quote.length() - 40));
    String[] lines = quote.split("\n");
    String lastRow = lines[lines.length - 2];
    assertTrue(lastRow.endsWith("&lt;deductions&gt; due that week"), "whole rows only: " + lastRow);
    assertTrue(sections.get(2).contains("Slack shows only the start of this clause"));
  }

  @Test
  void an_empty_cell_adds_no_separator() {
    CitedClause clause =
        TestClauses.clause(
            "p",
            "Policy",
            "2.1",
            "Who to tell",
            List.of(
                new Block.Table(
                    List.of("", "Who", "When"),
                    List.of(List.of("Absence", "", "By 7.30am"), List.of("", "Cover", "8am")))));

    String quote = texts(renderer.render(answered(clause, List.of()))).get(1);

    assertEquals(">*Who* — *When*\n>• Absence — By 7.30am\n>• Cover — 8am", quote);
  }

  @Test
  void buttons_carry_the_answer_and_clause_for_feedback() {
    CitedClause clause = clause("4.6(c)", "Protecting Our Partners", "text", "");

    Reply reply = renderer.render(answered(clause, List.of()));

    ActionsBlock actions =
        (ActionsBlock)
            reply.blocks().stream()
                .filter(b -> b instanceof ActionsBlock)
                .findFirst()
                .orElseThrow();
    ButtonElement helpful = (ButtonElement) actions.getElements().get(0);
    assertEquals(Feedback.HELPFUL, helpful.getActionId());
    assertEquals(
        Optional.of(new Feedback.Vote("ans-1", "p", "4.6(c)")),
        Feedback.Vote.decode(helpful.getValue()));
  }

  @Test
  void not_covered_reply_is_the_cores_message_and_quotes_nothing() {
    Answer answer =
        new Answer(
            "ans-2",
            "What is the dress code?",
            AnswerStatus.NOT_COVERED,
            Optional.empty(),
            List.of(),
            List.of(),
            "Not covered & ask <HR>.",
            List.of());

    Reply reply = renderer.render(answer);

    assertEquals("Not covered &amp; ask &lt;HR&gt;.", reply.text());
    assertTrue(reply.blocks().stream().noneMatch(b -> b instanceof ActionsBlock));
    assertTrue(texts(reply).stream().noneMatch(s -> s.startsWith(">")));
  }

  @Test
  void thanks_get_the_reply_alone_without_feedback_buttons() {
    Answer answer =
        new Answer(
            "ans-3",
            "thanks!",
            AnswerStatus.ACKNOWLEDGED,
            Optional.empty(),
            List.of(),
            List.of(),
            "You're welcome & more <soon>.",
            List.of());

    Reply reply = renderer.render(answer);

    assertEquals("You're welcome &amp; more &lt;soon&gt;.", reply.text());
    assertEquals(List.of("You're welcome &amp; more &lt;soon&gt;."), texts(reply));
    assertTrue(reply.blocks().stream().noneMatch(b -> b instanceof ActionsBlock));
  }

  private static Answer answered(CitedClause clause, List<CitedClause> related) {
    return new Answer(
        "ans-1",
        "a question",
        AnswerStatus.ANSWERED,
        Optional.of(clause),
        related,
        List.of(),
        "Clause " + clause.clauseId() + " of the " + clause.policyTitle() + " says:",
        List.of());
  }

  private static CitedClause clause(String id, String section, String text, String context) {
    return new CitedClause("p", "Policy", "V1.0", id, section, text, context, "https://h/p#" + id);
  }

  /** Section texts, in order. */
  private static List<String> texts(Reply reply) {
    List<String> out = new ArrayList<>();
    for (LayoutBlock b : reply.blocks()) {
      if (b instanceof SectionBlock s) {
        out.add(s.getText().getText());
      }
    }
    return out;
  }

  /** Every text the blocks show: sections and context elements. */
  private static List<String> allTexts(Reply reply) {
    List<String> out = new ArrayList<>(texts(reply));
    for (LayoutBlock b : reply.blocks()) {
      if (b instanceof ContextBlock c) {
        c.getElements().forEach(e -> out.add(((MarkdownTextObject) e).getText()));
      }
    }
    return out;
  }
}
