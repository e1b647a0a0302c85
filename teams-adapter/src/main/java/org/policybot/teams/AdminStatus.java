package org.policybot.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.LibraryStatus;
import org.policybot.core.status.PolicyStatus;
import org.policybot.core.status.ReloadResult;
import org.policybot.core.status.StatusWording;

/**
 * The {@code status} command for HR admins: each live policy with its version, clause count, who
 * published it and when, its review date (overdue ones flagged), and the last reload of the
 * policies folder with any refused files. Policies needing attention come first, so they survive
 * when a long list is cut to fit one message.
 */
final class AdminStatus {

  /** The command word, compared without case. */
  static final String COMMAND = "status";

  /** The reply to {@code status} outside a personal chat, whoever asks. */
  static final String PERSONAL_ONLY =
      "The policy status is for HR admins only: send me `status` in a personal chat.";

  /**
   * Teams refuses messages of about 28 KB including the activity around the text, so the report
   * stays well below that, in UTF-8 bytes (a title in Chinese takes three per character), and says
   * how many policies it left out.
   */
  static final int TEXT_MAX = 20_000;

  /** Bounds for pieces of policy-supplied text, so one long value cannot crowd out the rest. */
  private static final int TITLE_MAX = 200;

  private static final int NAME_MAX = 100;
  private static final int ERROR_MAX = 400;
  private static final int IDS_MAX = 500;
  private static final int PROBLEMS_SHOWN = 10;

  /** Teams cannot show a time in the reader's zone, so times are given in UTC and say so. */
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Set<String> admins;
  private final PolicyLibrary library;
  private final Clock clock;

  /**
   * @param admins AAD object ids of HR admins; ids are GUIDs, compared without case
   * @param library the live policies
   * @param clock when reports are taken; its zone decides which day it is for overdue reviews
   */
  AdminStatus(Set<String> admins, PolicyLibrary library, Clock clock) {
    this.admins =
        admins.stream()
            .map(id -> id.strip().toLowerCase(Locale.ROOT))
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.library = Objects.requireNonNull(library, "library");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Whether the text is the status command. */
  static boolean isCommand(String text) {
    return text != null && text.strip().toLowerCase(Locale.ROOT).equals(COMMAND);
  }

  /** Whether this AAD object id (possibly null: not every sender has one) may see the status. */
  boolean permits(String aadObjectId) {
    return aadObjectId != null && admins.contains(aadObjectId.strip().toLowerCase(Locale.ROOT));
  }

  /** The reply for this sender: the status for admins, a polite refusal otherwise. */
  String reply(String aadObjectId) {
    return permits(aadObjectId) ? render() : refusal();
  }

  /** Markdown: a summary line, the last reload, then one list item per live policy. */
  String render() {
    LibraryStatus status = library.status(clock);
    List<PolicyStatus> policies = StatusWording.attentionFirst(status.policies());
    int count = policies.size();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("**Policy status: " + StatusWording.summary(status) + "**");
    paragraphs.addAll(reload(status.lastReload()));
    int used = paragraphs.stream().mapToInt(p -> AnswerCard.utf8Bytes(p) + 2).sum();
    int shown = 0;
    for (PolicyStatus p : policies) {
      String item = item(p);
      // Room is kept for the count of those left out.
      int size = AnswerCard.utf8Bytes(item) + 2;
      if (used + size > TEXT_MAX - 60) {
        break;
      }
      paragraphs.add(item);
      used += size;
      shown++;
    }
    if (shown < count) {
      paragraphs.add(String.format(Locale.ROOT, "…and %d more not shown here.", count - shown));
    }
    return String.join("\n\n", paragraphs);
  }

  static String refusal() {
    return "Sorry, the status command is only for HR administrators."
        + " You can still ask me any policy question.";
  }

  /** Teams' markup for the shared wording: markdown escaping, UTC times, an emoji flag. */
  private static final StatusWording.Markup MARKUP =
      StatusWording.Markup.of(
          AdminStatus::fit, AdminStatus::when, "\u2705", "\u274C", "⚠️ **OVERDUE**");

  /** One policy; every piece from the policy file or the store is escaped and bounded. */
  private static String item(PolicyStatus p) {
    String item =
        "- **"
            + fit(p.title(), TITLE_MAX)
            + "** ("
            + fit(p.id(), NAME_MAX)
            + "): "
            + StatusWording.facts(p, MARKUP, NAME_MAX);
    return p.problem()
        .map(m -> item + ". ❌ " + StatusWording.refusedNote(m, MARKUP, ERROR_MAX))
        .orElse(item);
  }

  /** The last reload: ok, or the refused files with their errors. */
  private static List<String> reload(Optional<ReloadResult> last) {
    if (last.isEmpty()) {
      return List.of("**Last reload:** none since start-up.");
    }
    ReloadResult r = last.get();
    StringBuilder head = new StringBuilder("**Last reload** ").append(when(r.at())).append(": ");
    head.append(StatusWording.reloadOutcome(r, MARKUP, IDS_MAX));
    List<String> out = new ArrayList<>();
    out.add(head.toString());
    List<ReloadResult.Problem> problems = r.problems();
    for (ReloadResult.Problem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      out.add("- " + StatusWording.refusal(p, MARKUP, ERROR_MAX));
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      out.add(
          String.format(
              Locale.ROOT,
              "…and %d more refused, not shown here.",
              problems.size() - PROBLEMS_SHOWN));
    }
    return out;
  }

  private static String when(Instant at) {
    return UTC.format(at);
  }

  /**
   * Cut to {@code max} characters, on one line so it cannot break the list, then escaped. Cutting
   * before escaping keeps an escape sequence whole.
   */
  private static String fit(String raw, int max) {
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) > max) {
      s = s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
    return TeamsMarkdown.escape(s);
  }
}
