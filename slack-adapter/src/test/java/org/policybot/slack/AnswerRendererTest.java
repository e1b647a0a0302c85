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

class AnswerRendererTest {

  private final AnswerRenderer renderer = new AnswerRenderer();

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
