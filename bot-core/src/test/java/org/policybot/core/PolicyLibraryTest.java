package org.policybot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.core.status.LibraryStatus;
import org.policybot.core.status.PolicyStatus;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

class PolicyLibraryTest {

  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  private static Policy policy(String id, String version, String review) throws Exception {
    String text =
        "# "
            + id.toUpperCase(java.util.Locale.ROOT)
            + "\n\n**Version:** "
            + version
            + "\n\n**Review Date:** "
            + review
            + "\n\n## 1. PURPOSE\n\n- a. Staff must read this.\n- b. Staff must follow this.\n";
    return PolicyParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void status_flags_overdue_reviews_and_names_publishers_and_reload_problems() throws Exception {
    PolicyIndex index =
        PolicyIndex.build(
            List.of(
                policy("leave", "V2", "February 2022"),
                policy("conduct", "V1", "Summer Term 2026"),
                policy("pay", "V3", "when HR has time")));
    PolicyLibrary library = new PolicyLibrary(index);
    Publication alice = new Publication(Instant.parse("2025-05-30T10:15:00Z"), "alice");
    ReloadResult reload =
        new ReloadResult(
            Instant.parse("2025-05-31T08:00:00Z"),
            List.of("conduct"),
            List.of(),
            List.of(
                new ReloadResult.Problem(
                    "leave.md", "leave", "leave.md:9: clause 1(a) appears twice", true)));
    library.publish(index, Map.of("leave", alice), reload);

    LibraryStatus status = library.status(JUNE_2025);

    assertEquals(Instant.parse("2025-06-01T09:00:00Z"), status.at());
    assertEquals(
        List.of("leave", "conduct", "pay"),
        status.policies().stream().map(PolicyStatus::id).toList());
    PolicyStatus leave = status.policies().get(0);
    assertEquals("V2", leave.version());
    assertEquals(2, leave.clauseCount());
    assertTrue(leave.overdue());
    assertEquals(Optional.of(LocalDate.of(2022, 2, 28)), leave.reviewDue());
    assertEquals(Optional.of(alice), leave.published());
    assertEquals(Optional.of("leave.md:9: clause 1(a) appears twice"), leave.problem());
    PolicyStatus conduct = status.policies().get(1);
    assertFalse(conduct.overdue());
    assertEquals(Optional.empty(), conduct.published());
    assertEquals(Optional.empty(), conduct.problem());
    PolicyStatus pay = status.policies().get(2);
    assertFalse(pay.overdue());
    assertEquals(Optional.empty(), pay.reviewDue());
    assertEquals(List.of(leave), status.overdue());
    assertEquals(Optional.of(reload), status.lastReload());
    assertFalse(status.lastReload().orElseThrow().ok());
    assertTrue(reload.summary().contains("refused leave.md:9"), reload.summary());
  }

  @Test
  void a_plain_publish_swaps_the_index_and_keeps_the_status_records() throws Exception {
    PolicyIndex first = PolicyIndex.build(List.of(policy("leave", "V1", "2030-01-01")));
    PolicyIndex second = PolicyIndex.build(List.of(policy("leave", "V2", "2030-01-01")));
    PolicyLibrary library = new PolicyLibrary(first);
    assertEquals(Optional.empty(), library.status(JUNE_2025).lastReload());
    Publication bob = new Publication(Instant.parse("2025-05-30T10:15:00Z"), "bob");
    ReloadResult ok =
        new ReloadResult(
            Instant.parse("2025-05-30T10:15:01Z"), List.of("leave"), List.of(), List.of());
    library.publish(first, Map.of("leave", bob), ok);

    library.publish(second);

    assertSame(second, library.current());
    PolicyStatus leave = library.status(JUNE_2025).policies().get(0);
    assertEquals("V2", leave.version());
    assertEquals(Optional.of(bob), leave.published());
    assertEquals(Optional.of(ok), library.status(JUNE_2025).lastReload());
  }

  @Test
  void recording_a_refused_reload_keeps_the_live_index() throws Exception {
    PolicyIndex index = PolicyIndex.build(List.of(policy("leave", "V1", "2030-01-01")));
    PolicyLibrary library = new PolicyLibrary(index);
    ReloadResult refused =
        new ReloadResult(
            Instant.parse("2025-05-30T10:15:01Z"),
            List.of(),
            List.of(),
            List.of(
                new ReloadResult.Problem(
                    "leave.md", "leave", "leave.md: no numbered clauses found", true)));

    library.recordReload(refused);

    assertSame(index, library.current());
    LibraryStatus status = library.status(JUNE_2025);
    assertEquals("V1", status.policies().get(0).version());
    assertEquals(
        Optional.of("leave.md: no numbered clauses found"), status.policies().get(0).problem());
    assertTrue(
        refused.summary().startsWith("no policy changed; refused leave.md"), refused.summary());
  }
}
