package org.policybot.app.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.ID;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.V2;
import static org.policybot.app.store.TestPolicies.bytes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
import org.policybot.core.status.Publication;

class PolicyStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private PolicyStore store() {
    return PolicyStore.open(dir, CLOCK);
  }

  private Path live() {
    return dir.resolve(ID + ".md");
  }

  @Test
  void publishing_keeps_every_version_and_makes_the_last_live() throws Exception {
    StoredVersion first = store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    StoredVersion second = store().publish(ID, "leave-policy.md", bytes(V2), "bob");

    assertEquals(V2, Files.readString(live()));
    List<StoredVersion> history = store().history(ID);
    assertEquals(List.of(first, second), history);
    assertEquals(
        new StoredVersion(
            ID,
            1,
            CLOCK.instant(),
            "alice",
            "V1.0",
            Sha256.hex(bytes(V1)),
            StoredVersion.Action.PUBLISHED,
            0,
            Optional.of(PolicyFormat.MARKDOWN)),
        first);
    assertEquals("V1.1", second.label());
    assertEquals(2, second.number());
    assertEquals(second, store().liveVersion(ID).orElseThrow());
    assertArrayEquals(bytes(V1), store().content(ID, 1));
    assertEquals(
        new Publication(CLOCK.instant(), "bob"),
        store().publication(ID, Sha256.hex(bytes(V2))).orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(TestPolicies.Broken.class)
  void a_document_with_errors_is_refused_and_the_live_file_is_untouched(TestPolicies.Broken broken)
      throws Exception {
    store().publish(ID, "leave-policy.md", bytes(V1), "alice");

    StoreException e =
        assertThrows(
            StoreException.class, () -> store().publish(ID, "new.md", broken.bytes(), "bob"));

    assertTrue(e.getMessage().contains("live version is unchanged"), e::getMessage);
    String error = e.report().orElseThrow().errors().get(0).toString();
    assertTrue(error.startsWith("new.md"), error);
    assertTrue(error.contains(broken.expected), error);
    assertEquals(V1, Files.readString(live()));
    assertEquals(1, store().history(ID).size());
  }

  /**
   * A .txt draft was written to the live .md file and read there as Markdown: "S:\\HR\\_risk" lost
   * its backslashes after the check had approved it with them.
   */
  @Test
  void a_plain_text_draft_goes_live_as_plain_text_and_never_over_a_markdown_file()
      throws Exception {
    String text = V1.replace("4.9 Leave is", "4.9 Forms are on S:\\HR\\_risk\\current. Leave is");
    assertTrue(text.contains("S:\\HR\\_risk"), text);
    store().publish("risk-policy", "risk.txt", bytes(text), "alice");
    assertEquals(text, Files.readString(dir.resolve("risk-policy.txt")));
    assertFalse(Files.exists(dir.resolve("risk-policy.md")));

    store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    StoreException e =
        assertThrows(
            StoreException.class, () -> store().publish(ID, "leave-v2.txt", bytes(V2), "bob"));
    assertTrue(e.getMessage().contains("save the new version in the same format"), e::getMessage);
    assertEquals(V1, Files.readString(live()));
    assertEquals(1, store().history(ID).size());
  }

  @Test
  void an_id_with_a_file_extension_is_refused_before_it_makes_a_second_copy() {
    StoreException e =
        assertThrows(
            StoreException.class,
            () -> store().publish(ID + ".md", "leave-policy.md", bytes(V1), "alice"));
    assertTrue(e.getMessage().contains("such as '" + ID + "'"), e::getMessage);
    assertFalse(Files.exists(dir.resolve(ID + ".md.md")));
  }

  @Test
  void rollback_restores_the_previous_text_as_a_new_version() throws Exception {
    store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    store().publish(ID, "leave-policy.md", bytes(V2), "bob");

    StoredVersion back = store().rollback(ID, OptionalInt.empty(), "carol");

    assertEquals(V1, Files.readString(live()));
    assertEquals(
        new StoredVersion(
            ID,
            3,
            CLOCK.instant(),
            "carol",
            "V1.0",
            Sha256.hex(bytes(V1)),
            StoredVersion.Action.ROLLED_BACK,
            1,
            Optional.of(PolicyFormat.MARKDOWN)),
        back);
    assertEquals(3, store().history(ID).size());
  }

  @Test
  void rollback_to_a_named_version_and_refusals_change_nothing() throws Exception {
    store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    store().publish(ID, "leave-policy.md", bytes(V2), "bob");
    store().rollback(ID, OptionalInt.of(1), "carol");
    store().rollback(ID, OptionalInt.of(2), "carol");
    assertEquals(V2, Files.readString(live()));

    assertTrue(
        assertThrows(StoreException.class, () -> store().rollback(ID, OptionalInt.of(9), "x"))
            .getMessage()
            .contains("has no version 9"));
    assertTrue(
        assertThrows(StoreException.class, () -> store().rollback(ID, OptionalInt.of(2), "x"))
            .getMessage()
            .contains("already live"));
    assertTrue(
        assertThrows(StoreException.class, () -> store().publish(ID, "a.md", bytes(V2), "x"))
            .getMessage()
            .contains("already live with this text (version 4)"));
    assertEquals(4, store().history(ID).size());
    assertEquals(V2, Files.readString(live()));
  }

  @Test
  void a_file_edited_by_hand_is_recorded_before_the_next_publish_so_it_can_be_restored()
      throws Exception {
    Files.writeString(live(), V1);
    Files.setLastModifiedTime(live(), FileTime.from(Instant.parse("2025-01-02T03:04:05Z")));

    store().publish(ID, "leave-policy.md", bytes(V2), "bob");

    List<StoredVersion> history = store().history(ID);
    assertEquals(2, history.size());
    assertEquals(StoredVersion.Action.FOUND_IN_FOLDER, history.get(0).action());
    assertEquals(Publication.FOLDER, history.get(0).by());
    assertEquals(Instant.parse("2025-01-02T03:04:05Z"), history.get(0).at());
    store().rollback(ID, OptionalInt.empty(), "bob");
    assertEquals(V1, Files.readString(live()));
  }

  @Test
  void a_damaged_stored_version_is_not_rolled_back_to() throws Exception {
    store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    store().publish(ID, "leave-policy.md", bytes(V2), "bob");
    Files.writeString(dir.resolve(".policybot/versions/" + ID + "/000001.md"), "tampered");

    StoreException e =
        assertThrows(StoreException.class, () -> store().rollback(ID, OptionalInt.empty(), "x"));

    assertTrue(e.getMessage().contains("is damaged"), e::getMessage);
    assertEquals(V2, Files.readString(live()));
  }

  @ParameterizedTest
  @EnumSource(StepHook.Step.class)
  void a_publish_stopped_at_any_step_leaves_the_old_or_the_new_version_live_and_recorded(
      StepHook.Step stop) throws Exception {
    store().publish(ID, "leave-policy.md", bytes(V1), "alice");
    PolicyStore crashing = SimulatedCrash.storeStoppingAt(dir, CLOCK, stop);

    assertThrows(
        SimulatedCrash.class, () -> crashing.publish(ID, "leave-policy.md", bytes(V2), "bob"));

    boolean switched = stop.compareTo(StepHook.Step.LIVE_SWITCHED) >= 0;
    assertConsistent(switched ? V2 : V1, switched ? 2 : 1);
    // The next publish finishes or discards the leftovers and works normally.
    store()
        .publish(
            ID,
            "leave-policy.md",
            bytes(V2 + "\n4.11 Leave records are kept for six years.\n"),
            "carol");
    assertConsistent(V2 + "\n4.11 Leave records are kept for six years.\n", switched ? 3 : 2);
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(AtomicFiles::isTemp).toList());
    }
  }

  /** The live file is whole, and history ends with exactly that text, numbered without gaps. */
  void assertConsistent(String liveText, int versions) throws Exception {
    assertEquals(liveText, Files.readString(live()));
    List<StoredVersion> history = store().history(ID);
    assertEquals(versions, history.size(), history::toString);
    for (int i = 0; i < history.size(); i++) {
      assertEquals(i + 1, history.get(i).number());
      assertEquals(history.get(i).sha256(), Sha256.hex(store().content(ID, i + 1)));
    }
    assertEquals(Sha256.hex(bytes(liveText)), history.get(versions - 1).sha256());
    assertEquals(history.get(versions - 1), store().liveVersion(ID).orElseThrow());
  }
}
