package org.policybot.app.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.ID;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.V2;
import static org.policybot.app.store.TestPolicies.bytes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.policy.PolicySource;
import org.policybot.app.store.PolicyStore;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;

/** Found in review: what a file in the policies folder could do to the hot reload. */
class ReloaderRobustnessTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private PolicyReloader reloader;
  private PolicyLibrary library;

  @AfterEach
  void stop() {
    if (reloader != null) {
      reloader.close();
    }
  }

  private void serve() throws IOException {
    Files.writeString(dir.resolve(ID + ".md"), V1);
    Files.writeString(dir.resolve("pay-policy.md"), V1.replace("LEAVE POLICY", "PAY POLICY"));
    library = new PolicyLibrary(PolicyIndex.build(PolicySource.folder(dir).policies()));
    reloader = PolicyReloader.start(dir, library, CLOCK);
  }

  /**
   * A file over 2 GB (a disk image or log renamed .md, or a sparse file) made {@code
   * Files.readAllBytes} throw OutOfMemoryError in FolderScan before any size check; nothing caught
   * an Error, the reloader thread died, and no later change was picked up while /readyz still said
   * ready. The reloader now checks the size first, as the start-up load did.
   */
  @Test
  void an_oversized_file_in_the_folder_does_not_stop_later_reloads() throws Exception {
    serve();
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("zz-export.md").toFile(), "rw")) {
      big.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk space used
    }
    Thread.sleep(2_500); // the reloader sees it and tries to read it
    Files.delete(dir.resolve("zz-export.md"));

    Files.delete(dir.resolve("pay-policy.md"));

    Await.until(() -> library.current().policies().size(), n -> n == 1, "the removed policy to go");
  }

  /**
   * A policy copied into the folder by a writer that is not atomic (scp, a network share, an editor
   * writing in place) at about 4 KB/s: the debounce's 800 ms cap forced reloads while the file was
   * half written, and a truncated file passes the check, so staff were answered from part of the
   * policy: clauses vanished and the last one was quoted cut mid-sentence.
   */
  @Test
  void a_policy_file_still_being_written_is_never_served_in_part() throws Exception {
    serve();
    int clauses = library.current().policy(ID).orElseThrow().clauses().size();
    List<String> whole =
        library.current().policy(ID).orElseThrow().clauses().stream().map(Clause::text).toList();
    List<String> seen = new ArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread watcher =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (writing.get()) {
                    library
                        .current()
                        .policy(ID)
                        .ifPresent(
                            p -> {
                              if (p.clauses().size() != clauses || !texts(p).equals(whole)) {
                                synchronized (seen) {
                                  seen.add(p.clauses().size() + " clauses, last: " + last(p));
                                }
                              }
                            });
                    try {
                      Thread.sleep(10);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });

    byte[] bytes = V1.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(dir.resolve(ID + ".md"))) {
      for (int i = 0; i < bytes.length; i += 40) {
        out.write(bytes, i, Math.min(40, bytes.length - i));
        out.flush();
        Thread.sleep(100);
      }
    }
    Thread.sleep(1_500);
    writing.set(false);
    watcher.join();

    synchronized (seen) {
      assertEquals(List.of(), seen.stream().distinct().toList());
    }
    assertTrue(library.current().policy(ID).isPresent());
  }

  /**
   * The store's version records only say who published the live text, but FolderScan looked them up
   * inside the reload: one damaged record (a hand edit, a partial restore from backup) made every
   * reload of that policy throw, so no change to any policy went live again, and the reload was
   * retried, with an ERROR and its stack trace, every second.
   */
  @Test
  void a_damaged_version_record_does_not_block_every_later_reload() throws Exception {
    serve();
    PolicyStore store = PolicyStore.open(dir, CLOCK);
    store.publish(ID, "leave-policy.md", bytes(V2), "alice");
    Await.until(
        () -> library.current().policy(ID).orElseThrow().versionLabel(),
        v -> v.equals("V1.1"),
        "the publish to answer");
    Path record = dir.resolve(".policybot/versions/" + ID + "/000001.properties");
    Files.writeString(record, Files.readString(record).replaceAll("(?m)^at=.*$", "at=garbled"));

    Files.writeString(dir.resolve(ID + ".md"), V1); // HR edits the file by hand
    Files.delete(dir.resolve("pay-policy.md"));

    Await.until(() -> library.current().policies().size(), n -> n == 1, "the removed policy to go");
    assertEquals("V1.0", library.current().policy(ID).orElseThrow().versionLabel());
  }

  private static List<String> texts(Policy p) {
    return p.clauses().stream().map(Clause::text).toList();
  }

  private static String last(Policy p) {
    Clause c = p.clauses().get(p.clauses().size() - 1);
    return c.id() + " '" + c.text() + "'";
  }
}
