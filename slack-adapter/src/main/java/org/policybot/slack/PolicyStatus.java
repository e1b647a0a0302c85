package org.policybot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;

/**
 * The {@code /policy status} report for HR admins: which policies are live, at which version, with
 * how many clauses and when each is due for review. Kept apart from the command so the report can
 * grow (publish history) without touching the Slack plumbing. Thread-safe.
 */
final class PolicyStatus {

  /** One line per policy stays short; a longer title is cut. */
  private static final int LINE_MAX = 500;

  private final PolicyLibrary library;

  PolicyStatus(PolicyLibrary library) {
    this.library = Objects.requireNonNull(library, "library");
  }

  /** The report on the policies live now. */
  Reply render() {
    List<Policy> policies = library.current().policies();
    List<String> lines = new ArrayList<>();
    for (Policy p : policies) {
      lines.add(line(p));
    }
    String heading = String.format(Locale.ROOT, "*Live policies* (%d)", policies.size());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(heading))));
    int shown = pack(lines, blocks, heading.length());
    if (shown < lines.size()) {
      String more =
          String.format(Locale.ROOT, "…and %d more not shown here.", lines.size() - shown);
      blocks.add(context(c -> c.elements(List.of(markdownText(more)))));
    }
    return new Reply(heading, blocks);
  }

  /** The polite refusal a non-admin gets. */
  static Reply refusal() {
    String text =
        "Sorry, policy status is only for HR admins. To ask about a policy, use /policy"
            + " followed by your question.";
    return new Reply(text, List.of(section(s -> s.text(markdownText(text)))));
  }

  /** One policy as a bullet; every piece from the policy file is escaped and bounded. */
  private static String line(Policy p) {
    String review = p.metadata().reviewDate().isBlank() ? "none stated" : p.metadata().reviewDate();
    int clauses = p.clauses().size();
    return String.format(
        Locale.ROOT,
        "• *%s* (%s): version %s, %d %s, review date %s",
        Mrkdwn.fit(p.title(), LINE_MAX),
        Mrkdwn.escape(p.id()),
        Mrkdwn.fit(p.versionLabel(), 100),
        clauses,
        clauses == 1 ? "clause" : "clauses",
        Mrkdwn.fit(review, 100));
  }

  /**
   * Adds the lines as sections, as many as Slack's limits allow, leaving one block for the "more"
   * note, and returns how many lines went in.
   */
  static int pack(List<String> lines, List<LayoutBlock> blocks, int usedChars) {
    int total = usedChars;
    int shown = 0;
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      int added = (current.isEmpty() ? 0 : 1) + line.length();
      if (total + added > Mrkdwn.MESSAGE_TEXT_MAX - 100) {
        break;
      }
      if (current.length() + added > Mrkdwn.TEXT_MAX) {
        if (blocks.size() + 2 >= Mrkdwn.BLOCKS_MAX) {
          break;
        }
        String done = current.toString();
        blocks.add(section(s -> s.text(markdownText(done))));
        current.setLength(0);
        added = line.length();
      }
      current.append(current.isEmpty() ? "" : "\n").append(line);
      total += added;
      shown++;
    }
    if (!current.isEmpty()) {
      String done = current.toString();
      blocks.add(section(s -> s.text(markdownText(done))));
    }
    return shown;
  }
}
