package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

class AdminStatusTest {

  private static final String ADMIN = "00000000-0000-0000-0000-0000000000aa";
  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Instant PUBLISHED = Instant.parse("2025-05-30T10:15:00Z");
  private static final Instant RELOADED = Instant.parse("2025-05-31T08:00:00Z");

  @Test
  void an_unpublished_policy_was_loaded_at_start_up_and_no_reload_has_run() throws Exception {
    PolicyLibrary library = library(policy("leave", "Leave Policy", "V2", "2030-01-01"));

    String text = status(library).reply(ADMIN);

    assertEquals(
        "**Policy status: 1 live policy, 0 overdue for review**\n\n"
            + "**Last reload:** none since start-up.\n\n"
            + "- **Leave Policy** (leave): version V2, 2 clauses, loaded at start-up,"
            + " review date 2030-01-01",
        text);
  }

  @Test
  void overdue_and_refused_policies_come_first_with_an_ok_reload_said_plainly() throws Exception {
    PolicyLibrary library =
        library(
            policy("conduct", "Conduct Policy", "V1", "Summer Term 2026"),
            policy("leave", "Leave Policy", "V2", "February 2022"));
    library.publish(
        library.current(),
        Map.of("conduct", new Publication(PUBLISHED, Publication.FOLDER)),
        new ReloadResult(RELOADED, List.of("conduct"), List.of("pay"), List.of()));

    String text = status(library).reply(ADMIN);

    assertTrue(text.contains("2 live policies, 1 overdue for review"), text);
    assertTrue(
        text.contains("**Last reload** 2025-05-31 08:00 UTC: ✅ ok, reloaded conduct; removed pay"),
        text);
    assertTrue(text.contains("review date February 2022 ⚠️ **OVERDUE**"), text);
    assertTrue(text.contains("changed in the policies folder 2025-05-30 10:15 UTC"), text);
    assertTrue(text.indexOf("Leave Policy") < text.indexOf("Conduct Policy"), text);
  }

  @Test
  void hostile_titles_publishers_and_errors_are_shown_as_written() throws Exception {
    // Built directly: the parser drops markdown from titles; the status must not rely on that.
    PolicyMetadata meta = new PolicyMetadata("HR", "", "V1", "", "", Map.of());
    Clause clause = new Clause("leave", "1.1", "1", "Scope", "Everyone.", "", 1);
    String title = "**Pay** [now](https://evil.example) <at>Boss</at>";
    PolicyLibrary library = library(new Policy("leave", title, meta, List.of(), List.of(clause)));
    library.publish(
        library.current(),
        Map.of("leave", new Publication(PUBLISHED, "_mallory_ <b>")),
        new ReloadResult(
            RELOADED,
            List.of(),
            List.of(),
            List.of(
                new ReloadResult.Problem(
                    "x.md", "x", "x.md: [click](https://evil.example)\n- fake item", false))));

    String text = status(library).reply(ADMIN);

    assertTrue(
        text.contains(
            "- **\\*\\*Pay\\*\\* \\[now\\](https://evil.example) \\<at\\>Boss\\</at\\>** (leave)"),
        text);
    assertTrue(text.contains("version V1, 1 clause, published"), text);
    assertTrue(text.contains("by \\_mallory\\_ \\<b\\>, no review date"), text);
    assertTrue(
        text.contains("- x.md: \\[click\\](https://evil.example) - fake item (not loaded)"), text);
    assertFalse(text.contains("[now](https"), text);
    assertFalse(text.contains("\n- fake item"), text);
  }

  @Test
  void many_policies_stay_within_one_teams_message_and_say_how_many_are_left_out()
      throws Exception {
    List<Policy> policies = new ArrayList<>();
    Map<String, Publication> publications = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      String id = String.format(Locale.ROOT, "policy-%03d", i);
      // Three UTF-8 bytes a character: the budget is in bytes, not characters.
      policies.add(policy(id, "職員の休暇と欠勤に関するとても長い方針のタイトル、番号 " + i, "V1", "June 2030"));
      publications.put(id, new Publication(PUBLISHED, "a.publisher.with.a.long.name"));
    }
    PolicyLibrary library = library(policies.toArray(Policy[]::new));
    ReloadResult ok = new ReloadResult(RELOADED, List.of(), List.of(), List.of());
    library.publish(library.current(), publications, ok);

    String text = status(library).reply(ADMIN);

    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= AdminStatus.TEXT_MAX, "bytes " + bytes);
    long shown = text.lines().filter(l -> l.startsWith("- **")).count();
    assertTrue(shown > 0 && shown < 400, "shown " + shown);
    assertTrue(text.endsWith("…and " + (400 - shown) + " more not shown here."), text);
  }

  @Test
  void anyone_else_is_politely_refused() throws Exception {
    AdminStatus status = status(library(policy("leave", "Leave Policy", "V2", "2030-01-01")));

    assertEquals(AdminStatus.refusal(), status.reply("someone-else"));
    assertEquals(AdminStatus.refusal(), status.reply(null));
    assertFalse(status.reply("someone-else").contains("Leave Policy"));
  }

  private static AdminStatus status(PolicyLibrary library) {
    return new AdminStatus(Set.of(ADMIN.toUpperCase(Locale.ROOT)), library, JUNE_2025);
  }

  private static Policy policy(String id, String title, String version, String review)
      throws Exception {
    String text =
        "# "
            + title
            + "\n\n**Version:** "
            + version
            + (review.isEmpty() ? "" : "\n\n**Review Date:** " + review)
            + "\n\n## 1. PURPOSE\n\n- a. Staff must read this.\n- b. Staff must follow this.\n";
    return PolicyParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static PolicyLibrary library(Policy... policies) {
    return new PolicyLibrary(PolicyIndex.build(List.of(policies)));
  }
}
