package org.policybot.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.bytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policybot.index.parse.PolicyParser;

/**
 * Found in review: a withdrawn {@code .txt} policy (its live file deleted) was rolled back as
 * {@code ID.md} and read as Markdown, so "S:\HR\_risk" lost a backslash it had when approved.
 */
class RollbackFormatTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  private static final String RISK = "risk-policy";

  /** Plain text whose 4.9 reads differently as Markdown. */
  private static final String TEXT =
      V1.replace("4.9 Leave is", "4.9 Forms are on S:\\HR\\_risk\\current. Leave is");

  private static final String TEXT_V2 = TEXT.replace("V1.0", "V1.1");

  @TempDir Path dir;

  private PolicyStore store() {
    return PolicyStore.open(dir, CLOCK);
  }

  private Path txt() {
    return dir.resolve(RISK + ".txt");
  }

  private Path md() {
    return dir.resolve(RISK + ".md");
  }

  /** Two plain-text versions, then the live file deleted, as HR withdraws a policy. */
  private void publishTwiceAndWithdraw() throws Exception {
    store().publish(RISK, "risk.txt", bytes(TEXT), "alice");
    store().publish(RISK, "risk.txt", bytes(TEXT_V2), "alice");
    Files.delete(txt());
  }

  @Test
  void a_withdrawn_plain_text_policy_is_rolled_back_as_plain_text() throws Exception {
    publishTwiceAndWithdraw();

    StoredVersion back = store().rollback(RISK, OptionalInt.of(1), "bob");

    assertEquals(TEXT, Files.readString(txt()));
    assertFalse(Files.exists(md()));
    assertEquals(Optional.of(PolicyFormat.PLAIN_TEXT), back.format());
    String quoted = PolicyParser.parse(txt()).clauses().get(8).text();
    assertTrue(quoted.contains("S:\\HR\\_risk\\current"), quoted);
  }

  /** Found in review: it brought back the version before the last, as if the last were live. */
  @Test
  void a_withdrawn_policy_rolled_back_without_a_version_comes_back_as_it_was_withdrawn()
      throws Exception {
    publishTwiceAndWithdraw();

    StoredVersion back = store().rollback(RISK, OptionalInt.empty(), "bob");

    assertEquals(TEXT_V2, Files.readString(txt()));
    assertEquals(2, back.rollbackOf());
  }

  @Test
  void every_version_records_the_format_it_went_live_in() throws Exception {
    store().publish(RISK, "risk.txt", bytes(TEXT), "alice");
    store().publish(TestPolicies.ID, "leave.md", bytes(V1), "alice");
    Files.writeString(txt(), TEXT_V2); // edited in the folder, recorded by the next rollback
    store().rollback(RISK, OptionalInt.of(1), "bob");

    assertEquals(
        List.of(PolicyFormat.PLAIN_TEXT, PolicyFormat.PLAIN_TEXT, PolicyFormat.PLAIN_TEXT),
        store().history(RISK).stream().map(v -> v.format().orElseThrow()).toList());
    assertEquals(
        Optional.of(PolicyFormat.MARKDOWN), store().history(TestPolicies.ID).get(0).format());
  }

  /** A trailing backslash is a line break in Markdown, so there 5.2 has no text: an error. */
  @Test
  void the_rollback_check_reads_a_version_in_its_own_format() throws Exception {
    String text = TEXT + "5.2 \\\n";
    store().publish(RISK, "risk.txt", bytes(text), "alice");
    store().publish(RISK, "risk.txt", bytes(TEXT_V2), "alice");
    Files.delete(txt());

    store().rollback(RISK, OptionalInt.of(1), "bob");

    assertEquals(text, Files.readString(txt()));
  }

  @Test
  void a_version_is_not_rolled_back_over_a_live_file_of_the_other_format() throws Exception {
    publishTwiceAndWithdraw();
    store().publish(RISK, "risk.md", bytes(V1), "carol");

    StoreException e =
        assertThrows(StoreException.class, () -> store().rollback(RISK, OptionalInt.of(1), "bob"));

    assertTrue(
        e.getMessage()
            .startsWith(
                "risk-policy version 1 is plain text (.txt) but risk-policy is served from"
                    + " risk-policy.md, Markdown"),
        e::getMessage);
    assertTrue(e.getMessage().contains("to restore it as risk-policy.txt, delete"), e::getMessage);
    assertEquals(V1, Files.readString(md()));
    assertFalse(Files.exists(txt()));
    assertEquals(3, store().history(RISK).size());
  }

  /**
   * Records written before formats were: a version restores into the live file as it always did,
   * and, for a withdrawn policy, as Markdown (documented in docs/publishing.md).
   */
  @Test
  void a_version_stored_before_formats_were_recorded_takes_the_live_files_format()
      throws Exception {
    store().publish(RISK, "risk.txt", bytes(TEXT), "alice");
    store().publish(RISK, "risk.txt", bytes(TEXT_V2), "alice");
    forgetFormats();
    assertEquals(Optional.empty(), store().history(RISK).get(0).format());

    StoredVersion back = store().rollback(RISK, OptionalInt.of(1), "bob");

    assertEquals(TEXT, Files.readString(txt()));
    assertEquals(Optional.of(PolicyFormat.PLAIN_TEXT), back.format());
    Files.delete(txt());
    forgetFormats();
    store().rollback(RISK, OptionalInt.of(2), "bob");
    assertEquals(TEXT_V2, Files.readString(md()));
  }

  @ParameterizedTest
  @EnumSource(StepHook.Step.class)
  void a_rollback_stopped_at_any_step_restores_a_withdrawn_text_policy_whole_or_not_at_all(
      StepHook.Step stop) throws Exception {
    publishTwiceAndWithdraw();
    PolicyStore crashing = SimulatedCrash.storeStoppingAt(dir, CLOCK, stop);

    assertThrows(SimulatedCrash.class, () -> crashing.rollback(RISK, OptionalInt.of(1), "bob"));

    boolean switched = stop.compareTo(StepHook.Step.LIVE_SWITCHED) >= 0;
    assertEquals(switched, Files.exists(txt()));
    if (switched) {
      assertEquals(TEXT, Files.readString(txt()));
    }
    List<StoredVersion> history = store().history(RISK);
    assertEquals(switched ? 3 : 2, history.size(), history::toString);
    // The next rollback finishes or discards the leftovers and restores in the recorded format.
    StoredVersion next = store().rollback(RISK, OptionalInt.of(2), "carol");
    assertEquals(Optional.of(PolicyFormat.PLAIN_TEXT), next.format());
    assertEquals(TEXT_V2, Files.readString(txt()));
    assertFalse(Files.exists(md()));
    assertEquals(
        List.of(PolicyFormat.PLAIN_TEXT),
        store().history(RISK).stream().map(v -> v.format().orElseThrow()).distinct().toList());
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(AtomicFiles::isTemp).toList());
    }
  }

  /** Makes the records look as PolicyBot wrote them before it recorded formats. */
  private void forgetFormats() throws IOException {
    try (Stream<Path> records = Files.list(dir.resolve(".policybot/versions/" + RISK))) {
      for (Path record : records.filter(p -> p.toString().endsWith(".properties")).toList()) {
        Files.writeString(record, Files.readString(record).replaceAll("(?m)^format=.*\\R", ""));
      }
    }
  }
}
