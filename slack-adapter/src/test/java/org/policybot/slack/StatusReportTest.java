package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

class StatusReportTest {

  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Instant PUBLISHED = Instant.parse("2025-05-30T10:15:00Z");
  private static final Instant RELOADED = Instant.parse("2025-05-31T08:00:00Z");

  @Test
  void names_who_published_a_policy_and_when_in_the_viewers_time_zone() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V2", "2030-01-01"));
    library.publish(
        library.current(), Map.of("leave", new Publication(PUBLISHED, "alice")), ok("leave"));

    String all = text(new StatusReport(library, JUNE_2025).render());

    assertTrue(
        all.contains(
            "• *Leave Policy* (leave): version V2, 2 clauses, published <!date^"
                + PUBLISHED.getEpochSecond()
                + "^{date_short_pretty} at {time}|2025-05-30 10:15 UTC> by alice,"
                + " review date 2030-01-01"),
        all);
    assertFalse(all.contains("overdue*"), all);
  }

  @Test
  void a_policy_nobody_published_says_it_was_loaded_at_start_up() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V2", "2030-01-01"));

    String all = text(new StatusReport(library, JUNE_2025).render());

    assertTrue(all.contains("2 clauses, loaded at start-up, review date 2030-01-01"), all);
    assertTrue(all.contains("*Last reload:* none since start-up."), all);
  }

  @Test
  void an_overdue_review_is_flagged_counted_and_listed_first() throws Exception {
    PolicyLibrary library =
        library(
            policy("conduct", "Conduct Policy", "V1", "Summer Term 2026"),
            policy("leave", "Leave Policy", "V2", "February 2022"));

    Reply reply = new StatusReport(library, JUNE_2025).render();
    String all = text(reply);

    assertTrue(reply.text().contains("2 live policies, 1 overdue for review"), reply.text());
    assertTrue(all.contains("review date February 2022 :warning: *overdue*"), all);
    assertFalse(all.contains("Summer Term 2026 :warning:"), all);
    assertTrue(all.indexOf("Leave Policy") < all.indexOf("Conduct Policy"), all);
  }

  @Test
  void a_refused_reload_is_reported_with_the_files_error() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V1", "2030-01-01"));
    library.recordReload(
        new ReloadResult(
            RELOADED,
            List.of(),
            List.of(),
            List.of(
                new ReloadResult.Problem(
                    "leave.md", "leave", "leave.md:9: clause 1(a) appears twice", true),
                new ReloadResult.Problem("pay.md", "pay", "pay.md: no numbered clauses", false))));

    String all = text(new StatusReport(library, JUNE_2025).render());

    assertTrue(all.contains("|2025-05-31 08:00 UTC>: :x: 2 files refused, no policy changed"), all);
    assertTrue(
        all.contains(
            "\n• leave.md:9: clause 1(a) appears twice"
                + " (the previous version is still answering)"),
        all);
    assertTrue(all.contains("\n• pay.md: no numbered clauses (not loaded)"), all);
    assertTrue(
        all.contains(":x: a newer file was refused: leave.md:9: clause 1(a) appears twice"), all);
  }

  @Test
  void a_successful_reload_says_ok_and_what_changed() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V1", "2030-01-01"));
    library.publish(library.current(), Map.of(), ok("leave"));

    String all = text(new StatusReport(library, JUNE_2025).render());

    assertTrue(all.contains("UTC>: :white_check_mark: ok, reloaded leave"), all);
  }

  @Test
  void hostile_titles_publishers_and_errors_cannot_ping_or_link() throws Exception {
    PolicyLibrary library =
        library(policy("leave", "<!channel> & <https://evil.example|Leave>", "V1", "2030-01-01"));
    library.publish(
        library.current(),
        Map.of("leave", new Publication(PUBLISHED, "<@U0BOSS>")),
        new ReloadResult(
            RELOADED,
            List.of(),
            List.of(),
            List.of(new ReloadResult.Problem("x.md", "x", "x.md: <!here> broke it", false))));

    String all = text(new StatusReport(library, JUNE_2025).render());

    assertTrue(all.contains("*&lt;!channel&gt; &amp; &lt;https://evil.example|Leave&gt;*"), all);
    assertTrue(all.contains("by &lt;@U0BOSS&gt;"), all);
    assertTrue(all.contains("x.md: &lt;!here&gt; broke it"), all);
    for (String raw : List.of("<!channel>", "<https://evil", "<@U0BOSS>", "<!here>")) {
      assertFalse(all.contains(raw), raw + " unescaped in " + all);
    }
  }

  @Test
  void many_policies_fit_slacks_limits_and_say_how_many_are_not_shown() throws Exception {
    List<Policy> policies = new ArrayList<>();
    Map<String, Publication> publications = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      String id = String.format(Locale.ROOT, "policy-%03d", i);
      policies.add(policy(id, "A rather long policy title number " + i, "V1", "June 2030"));
      publications.put(id, new Publication(PUBLISHED, "a.publisher.with.a.long.name"));
    }
    PolicyLibrary library = library(policies.toArray(Policy[]::new));
    library.publish(library.current(), publications, ok("policy-001"));

    Reply reply = new StatusReport(library, JUNE_2025).render();

    assertTrue(reply.blocks().size() <= Mrkdwn.BLOCKS_MAX);
    int total = 0;
    int shown = 0;
    String note = "";
    for (LayoutBlock b : reply.blocks()) {
      if (b instanceof SectionBlock s) {
        String text = s.getText().getText();
        assertTrue(text.length() <= Mrkdwn.TEXT_MAX, "section of " + text.length());
        total += text.length();
        shown += (int) text.lines().filter(l -> l.startsWith("• *")).count();
      } else if (b instanceof ContextBlock c) {
        note = ((MarkdownTextObject) c.getElements().get(0)).getText();
      }
    }
    assertTrue(total <= Mrkdwn.MESSAGE_TEXT_MAX, "message text " + total);
    assertTrue(shown > 0 && shown < 200, "shown " + shown);
    assertEquals("…and " + (200 - shown) + " more not shown here.", note);
  }

  @Test
  void many_refused_files_are_cut_with_a_count() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V1", "2030-01-01"));
    List<ReloadResult.Problem> problems = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String file = "broken-" + i + ".md";
      problems.add(
          new ReloadResult.Problem(file, "broken-" + i, file + ": " + "bad ".repeat(30), false));
    }
    library.recordReload(new ReloadResult(RELOADED, List.of(), List.of(), problems));

    Reply reply = new StatusReport(library, JUNE_2025).render();

    String reload = ((SectionBlock) reply.blocks().get(1)).getText().getText();
    assertTrue(reload.length() <= Mrkdwn.TEXT_MAX, "reload section of " + reload.length());
    long listed = reload.lines().filter(l -> l.startsWith("• broken-")).count();
    assertTrue(listed > 0 && listed < 100, "listed " + listed);
    assertTrue(
        reload.endsWith("…and " + (100 - listed) + " more refused, not shown here."), reload);
  }

  @Test
  void refusal_names_no_policy() {
    assertTrue(StatusReport.refusal().text().contains("only for HR admins"));
  }

  static Policy policy(String id, String title, String version, String review) throws Exception {
    String text =
        "# "
            + title
            + "\n\n**Version:** "
            + version
            + "\n\n**Review Date:** "
            + review
            + "\n\n## 1. PURPOSE\n\n- a. Staff must read this.\n- b. Staff must follow this.\n";
    return PolicyParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static PolicyLibrary library(Policy... policies) {
    return new PolicyLibrary(PolicyIndex.build(List.of(policies)));
  }

  private static ReloadResult ok(String changed) {
    return new ReloadResult(RELOADED, List.of(changed), List.of(), List.of());
  }

  /** The fallback and every block's text, one per line. */
  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.text());
    for (LayoutBlock b : reply.blocks()) {
      if (b instanceof SectionBlock s) {
        out.append('\n').append(s.getText().getText());
      } else if (b instanceof ContextBlock c) {
        out.append('\n').append(((MarkdownTextObject) c.getElements().get(0)).getText());
      }
    }
    return out.toString();
  }
}
