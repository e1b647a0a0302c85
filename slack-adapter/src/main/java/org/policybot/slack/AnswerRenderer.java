package org.policybot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policybot.core.Answer;
import org.policybot.core.CitedClause;
import org.policybot.core.feedback.Ballots;

/**
 * Draws an {@link Answer} as a Slack message. The wording comes from the core; this class only lays
 * it out, escapes it and keeps it within Slack's limits. It notes each answer it gives vote buttons
 * in the ballots, so votes count only on answers really sent. Thread-safe.
 */
final class AnswerRenderer {

  /** Block id of the feedback buttons. */
  static final String FEEDBACK_BLOCK = "policy_feedback";

  /** Answers show at most this many related clauses, as links. */
  static final int RELATED_MAX = 2;

  /** A lettered item's lead-in is context for the quote, never the bulk of it. */
  private static final int CONTEXT_MAX = 600;

  /** Echoing the question is a courtesy; a long one is cut well before the text limit. */
  private static final int QUESTION_MAX = 500;

  private final Ballots ballots;

  AnswerRenderer(Ballots ballots) {
    this.ballots = Objects.requireNonNull(ballots, "ballots");
  }

  Reply render(Answer answer) {
    return switch (answer.status()) {
      case ANSWERED -> answered(answer, answer.clause().orElseThrow());
      case NOT_COVERED -> notCovered(answer);
      case HELP -> help(answer);
      case ACKNOWLEDGED -> acknowledged(answer);
    };
  }

  private Reply answered(Answer answer, CitedClause clause) {
    // The lead names the policy and section by their titles in the file, shown as written.
    String lead = Mrkdwn.fitLiteral(answer.message(), Mrkdwn.TEXT_MAX);
    String context =
        clause.context().isBlank() ? "" : Mrkdwn.fitLiteral(clause.context(), CONTEXT_MAX);
    // The quote section holds ">" + context + "\n" before the words; they get what remains.
    int budget = Mrkdwn.TEXT_MAX - (context.isEmpty() ? 0 : context.length() + 2);
    SlackQuote.Fitted words = SlackQuote.fit(clause, budget);
    boolean cut = words.cut();
    String quote = Mrkdwn.quote(context.isEmpty() ? words.text() : context + "\n" + words.text());
    String clauseLink = Mrkdwn.link(clause.url(), clause.clauseId());

    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(lead))));
    blocks.add(section(s -> s.text(markdownText(quote))));
    if (cut) {
      String note =
          "_Slack shows only the start of this clause. Read all of it at " + clauseLink + "._";
      blocks.add(section(s -> s.text(markdownText(note))));
    }
    String links = "*Full clause:* " + clauseLink + related(clause, answer.related());
    blocks.add(section(s -> s.text(markdownText(links))));
    blocks.add(context(c -> c.elements(List.of(markdownText(source(clause))))));
    blocks.add(asked(answer));
    String vote = new Feedback.Vote(answer.id(), clause.policyId(), clause.clauseId()).encode();
    ballots.sent(answer.id(), clause.policyId(), clause.clauseId());
    blocks.add(
        actions(
            a ->
                a.blockId(FEEDBACK_BLOCK)
                    .elements(
                        asElements(
                            button(
                                b ->
                                    b.actionId(Feedback.HELPFUL)
                                        .text(plainText("Helpful"))
                                        .value(vote)),
                            button(
                                b ->
                                    b.actionId(Feedback.NOT_HELPFUL)
                                        .text(plainText("Not helpful"))
                                        .value(vote))))));
    String fallback =
        lead + "\n" + quote + "\n" + clauseLink + " (" + Mrkdwn.escape(clause.version()) + ")";
    return new Reply(fallback, blocks);
  }

  private Reply notCovered(Answer answer) {
    String message = Mrkdwn.fit(answer.message(), Mrkdwn.TEXT_MAX);
    return new Reply(message, List.of(section(s -> s.text(markdownText(message))), asked(answer)));
  }

  /** A reply to thanks: the words alone, without the question echoed or feedback buttons. */
  private Reply acknowledged(Answer answer) {
    String message = Mrkdwn.fit(answer.message(), Mrkdwn.TEXT_MAX);
    return new Reply(message, List.of(section(s -> s.text(markdownText(message)))));
  }

  private Reply help(Answer answer) {
    String message = Mrkdwn.fit(answer.message(), Mrkdwn.TEXT_MAX);
    String ways =
        "*How to ask*\n"
            + Mrkdwn.escape(
                "• /policy <your question>: only you see the answer\n"
                    + "• mention @PolicyBot with your question in a channel:"
                    + " I reply in a thread\n"
                    + "• send me a direct message");
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(message))));
    blocks.add(section(s -> s.text(markdownText(ways))));
    if (!answer.examples().isEmpty()) {
      StringBuilder examples = new StringBuilder("*For example*");
      for (String example : answer.examples()) {
        String line = "\n• /policy " + Mrkdwn.fit(example, 300);
        if (examples.length() + line.length() > Mrkdwn.TEXT_MAX) {
          break;
        }
        examples.append(line);
      }
      blocks.add(section(s -> s.text(markdownText(examples.toString()))));
    }
    return new Reply(message, blocks);
  }

  private static String related(CitedClause main, List<CitedClause> related) {
    StringBuilder out = new StringBuilder();
    for (CitedClause r : related.subList(0, Math.min(RELATED_MAX, related.size()))) {
      out.append(out.isEmpty() ? "\n*Related:* " : ", ");
      out.append(Mrkdwn.link(r.url(), r.clauseId()));
      String where = r.placeBeside(main);
      if (!where.isBlank()) {
        out.append(" (").append(Mrkdwn.fitLiteral(where, 200)).append(")");
      }
    }
    return out.toString();
  }

  /** Titles come from the policy file, so their marks are shown as written, not applied. */
  private static String source(CitedClause clause) {
    StringBuilder out = new StringBuilder("*").append(Mrkdwn.fitLiteral(clause.policyTitle(), 300));
    out.append("*, clause ").append(Mrkdwn.fitLiteral(clause.clauseId(), 100));
    if (!clause.section().isBlank()) {
      out.append(", ").append(Mrkdwn.fitLiteral(clause.section(), 300));
    }
    return out.append(" · version ").append(Mrkdwn.fitLiteral(clause.version(), 100)).toString();
  }

  private static LayoutBlock asked(Answer answer) {
    String question = answer.question().isBlank() ? "(nothing)" : answer.question();
    // As typed: "*URGENT* ~pay~" shows its marks, not bold and strike-through.
    String text = "You asked: " + Mrkdwn.fitLiteral(question, QUESTION_MAX);
    return context(c -> c.elements(List.of(markdownText(text))));
  }
}
