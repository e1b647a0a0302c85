package org.policybot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.LibraryStatus;
import org.policybot.core.status.PolicyStatus;
import org.policybot.core.status.ReloadResult;
import org.policybot.core.status.StatusWording;

/**
 * The {@code /policy status} report for HR admins: each live policy with its version, clause count,
 * who published it and when, its review date (overdue ones flagged), and the last reload of the
 * policies folder with any refused files. Policies needing attention come first, so they survive
 * when a long list has to be cut to Slack's limits. Thread-safe.
 */
final class StatusReport {

  /** Bounds for pieces of policy-supplied text, so one long value cannot crowd out the rest. */
  private static final int TITLE_MAX = 200;

  private static final int NAME_MAX = 100;
  private static final int ERROR_MAX = 400;
  private static final int IDS_MAX = 500;

  /** The fallback Slack shows where it cannot draw the viewer's local time. */
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final PolicyLibrary library;
  private final Clock clock;

  /**
   * @param library the live policies
   * @param clock when the report is taken; its zone decides which day it is for overdue reviews
   */
  StatusReport(PolicyLibrary library, Clock clock) {
    this.library = Objects.requireNonNull(library, "library");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The report on the policies live now. */
  Reply render() {
    LibraryStatus status = library.status(clock);
    List<PolicyStatus> policies = StatusWording.attentionFirst(status.policies());
    String heading = "*Policy status*: " + StatusWording.summary(status);
    String reload = reload(status.lastReload());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(heading))));
    blocks.add(section(s -> s.text(markdownText(reload))));
    List<String> lines = policies.stream().map(StatusReport::line).toList();
    int shown = pack(lines, blocks, heading.length() + reload.length());
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

  /** Slack's markup for the shared wording: mrkdwn escaping, local times, an emoji flag. */
  private static final StatusWording.Markup MARKUP =
      StatusWording.Markup.of(
          StatusReport::fit,
          StatusReport::when,
          ":white_check_mark:",
          ":x:",
          ":warning: *overdue*");

  /** One policy as a bullet; every piece from the policy file or the store is escaped, bounded. */
  private static String line(PolicyStatus p) {
    String line =
        "• *"
            + fit(p.title(), TITLE_MAX)
            + "* ("
            + fit(p.id(), NAME_MAX)
            + "): "
            + StatusWording.facts(p, MARKUP, NAME_MAX);
    return p.problem()
        .map(m -> line + "\n      :x: " + StatusWording.refusedNote(m, MARKUP, ERROR_MAX))
        .orElse(line);
  }

  /** The last reload: ok, or each refused file with its error, bounded to one section. */
  private static String reload(Optional<ReloadResult> last) {
    if (last.isEmpty()) {
      return "*Last reload:* none since start-up.";
    }
    ReloadResult r = last.get();
    StringBuilder s = new StringBuilder("*Last reload* ").append(when(r.at())).append(": ");
    s.append(StatusWording.reloadOutcome(r, MARKUP, IDS_MAX));
    List<ReloadResult.Problem> problems = r.problems();
    for (int i = 0; i < problems.size(); i++) {
      ReloadResult.Problem p = problems.get(i);
      String item = "\n• " + StatusWording.refusal(p, MARKUP, ERROR_MAX);
      // Room is kept for the count of those left out.
      if (s.length() + item.length() > Mrkdwn.TEXT_MAX - 60) {
        s.append(
            String.format(
                Locale.ROOT, "\n…and %d more refused, not shown here.", problems.size() - i));
        break;
      }
      s.append(item);
    }
    return s.toString();
  }

  /** A time Slack shows in the viewer's own time zone, with a UTC fallback. */
  private static String when(Instant at) {
    return String.format(
        Locale.ROOT,
        "<!date^%d^{date_short_pretty} at {time}|%s>",
        at.getEpochSecond(),
        UTC.format(at));
  }

  /** Escaped and bounded, on one line so it cannot break the bullet list. */
  private static String fit(String raw, int max) {
    return Mrkdwn.fit(raw.strip().replaceAll("\\s+", " "), max);
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
