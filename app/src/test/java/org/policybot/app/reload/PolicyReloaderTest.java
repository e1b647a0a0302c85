package org.policybot.app.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.ID;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.V1_ONLY;
import static org.policybot.app.store.TestPolicies.V2;
import static org.policybot.app.store.TestPolicies.V2_ONLY;
import static org.policybot.app.store.TestPolicies.bytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policybot.app.policy.PolicySource;
import org.policybot.app.store.PolicyStore;
import org.policybot.app.store.TestPolicies;
import org.policybot.core.Answer;
import org.policybot.core.AnswerSettings;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.LibraryStatus;
import org.policybot.core.status.PolicyStatus;
import org.policybot.core.status.Publication;
import org.policybot.index.search.PolicyIndex;

class PolicyReloaderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final String COMPASSIONATE = "How many days of compassionate leave can I take?";
  private static final List<String> QUESTIONS =
      List.of(
          COMPASSIONATE,
          "Is jury service paid?",
          "Can I take carer's leave?",
          "Is paternity leave paid?",
          "Can I take leave in the first week of term?",
          "Can I wear jeans on Fridays?");

  @TempDir Path dir;
  private PolicyReloader reloader;
  private PolicyLibrary library;
  private PolicyAnswerer answerer;

  @AfterEach
  void stop() {
    if (reloader != null) {
      reloader.close();
    }
  }

  /** The server's start-up: load the folder, build the library, then follow the folder. */
  private void serve(String initial) throws IOException {
    Files.writeString(dir.resolve(ID + ".md"), initial);
    library = new PolicyLibrary(PolicyIndex.build(PolicySource.folder(dir).policies()));
    answerer = new PolicyAnswerer(library, AnswerSettings.defaults());
    reloader = PolicyReloader.start(dir, library, CLOCK);
  }

  private String quote(String question) {
    return answerer.answer(question).clause().map(CitedClause::text).orElse("(not covered)");
  }

  private PolicyStatus status() {
    return library.status(CLOCK).policies().get(0);
  }

  @Test
  void an_edit_dropped_into_the_folder_is_answering_without_a_restart() throws Exception {
    serve(V1);
    assertTrue(quote(COMPASSIONATE).contains(V1_ONLY));

    Files.writeString(dir.resolve(ID + ".md"), V2);

    Await.until(() -> quote(COMPASSIONATE), q -> q.contains(V2_ONLY), "the edit to answer");
    assertEquals("V1.1", answerer.answer(COMPASSIONATE).clause().orElseThrow().version());
    LibraryStatus status = library.status(CLOCK);
    assertEquals(List.of(ID), status.lastReload().orElseThrow().changed());
    assertEquals(Publication.FOLDER, status.policies().get(0).published().orElseThrow().by());
  }

  @ParameterizedTest
  @EnumSource(TestPolicies.Broken.class)
  void a_broken_file_is_reported_and_the_previous_version_keeps_answering(
      TestPolicies.Broken broken) throws Exception {
    serve(V1);

    Files.write(dir.resolve(ID + ".md"), broken.bytes());

    LibraryStatus status =
        Await.until(
            () -> library.status(CLOCK),
            s -> s.lastReload().map(r -> !r.ok()).orElse(false),
            "the broken file to be refused");
    String problem = status.policies().get(0).problem().orElseThrow();
    assertTrue(problem.startsWith(ID + ".md"), problem);
    assertTrue(problem.contains(broken.expected), problem);
    assertTrue(status.lastReload().orElseThrow().problems().get(0).previousServing());
    assertEquals("V1.0", status.policies().get(0).version());
    assertTrue(quote(COMPASSIONATE).contains(V1_ONLY));
    assertTrue(quote("Is jury service paid?").startsWith("Jury service is paid leave"));
  }

  @Test
  void a_publish_while_questions_run_fails_none_and_then_only_new_text_is_quoted()
      throws Exception {
    serve(V1);
    PolicyStore store = PolicyStore.open(dir, CLOCK);
    AtomicBoolean asking = new AtomicBoolean(true);
    AtomicInteger asked = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch started = new CountDownLatch(4);
    List<Thread> askers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      askers.add(
          Thread.ofVirtual()
              .name("asker-" + t)
              .start(
                  () -> {
                    started.countDown();
                    while (asking.get()) {
                      for (String q : QUESTIONS) {
                        try {
                          check(answerer.answer(q), failures);
                        } catch (RuntimeException e) {
                          failures.add(q + " threw " + e);
                        }
                        asked.incrementAndGet();
                      }
                    }
                  }));
    }
    started.await();

    store.publish(ID, "leave-policy.md", bytes(V2), "alice");
    Await.until(() -> quote(COMPASSIONATE), q -> q.contains(V2_ONLY), "the publish to answer");
    int before = asked.get();
    Await.until(asked::get, n -> n > before + 50, "questions on the new version");
    asking.set(false);
    for (Thread t : askers) {
      t.join();
    }

    assertEquals(List.of(), List.copyOf(failures));
    for (String q : QUESTIONS) {
      Answer a = answerer.answer(q);
      a.clause().ifPresent(c -> assertEquals("V1.1", c.version(), q));
      assertFalse(quote(q).contains(V1_ONLY), q);
      assertFalse(quote(q).startsWith("Jury service"), q);
    }
    assertTrue(quote("Can I take carer's leave?").startsWith("Carers may take five days"));
    assertEquals(
        "4.10", answerer.answer("Can I take carer's leave?").clause().orElseThrow().clauseId());
    assertEquals(new Publication(CLOCK.instant(), "alice"), status().published().orElseThrow());
  }

  /**
   * An answer is whole: it never fails, and quotes one version's text under that version's label.
   */
  private static void check(Answer a, ConcurrentLinkedQueue<String> failures) {
    if (a.status() == AnswerStatus.HELP) {
      failures.add(a.question() + " got help");
      return;
    }
    a.clause()
        .ifPresent(
            c -> {
              boolean v1Text = c.text().contains(V1_ONLY) || c.text().startsWith("Jury service");
              boolean v2Text = c.text().contains(V2_ONLY) || c.clauseId().equals("4.10");
              if (v1Text && !c.version().equals("V1.0") || v2Text && !c.version().equals("V1.1")) {
                failures.add(a.question() + " mixed versions: " + c);
              }
            });
  }

  @Test
  void rollback_restores_the_earlier_answers() throws Exception {
    serve(V1);
    PolicyStore store = PolicyStore.open(dir, CLOCK);
    store.publish(ID, "leave-policy.md", bytes(V2), "alice");
    Await.until(() -> quote(COMPASSIONATE), q -> q.contains(V2_ONLY), "the publish to answer");

    store.rollback(ID, OptionalInt.empty(), "bob");

    Await.until(() -> quote(COMPASSIONATE), q -> q.contains(V1_ONLY), "the rollback to answer");
    assertTrue(quote("Is jury service paid?").startsWith("Jury service is paid leave"));
    assertEquals("V1.0", status().version());
    assertEquals(Optional.of(new Publication(CLOCK.instant(), "bob")), status().published());
  }

  @Test
  void a_file_replaced_by_rename_and_a_new_policy_file_are_both_picked_up() throws Exception {
    serve(V1);
    Path temp = dir.resolve(".edit.tmp");
    Files.writeString(temp, V2);
    Files.move(temp, dir.resolve(ID + ".md"), StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(dir.resolve("pay-policy.md"), V1.replace("LEAVE POLICY", "PAY POLICY"));

    LibraryStatus status =
        Await.until(
            () -> library.status(CLOCK),
            s -> s.policies().size() == 2 && s.policies().get(0).version().equals("V1.1"),
            "both files");
    assertEquals(
        List.of(ID, "pay-policy"), status.policies().stream().map(PolicyStatus::id).toList());
  }

  @Test
  void removing_a_file_removes_its_policy_but_an_emptied_folder_keeps_answering() throws Exception {
    Files.writeString(dir.resolve("pay-policy.md"), V1.replace("LEAVE POLICY", "PAY POLICY"));
    serve(V1);
    assertEquals(2, library.current().policies().size());

    Files.delete(dir.resolve("pay-policy.md"));
    Await.until(() -> library.current().policies().size(), n -> n == 1, "the removal");
    assertEquals(List.of("pay-policy"), library.status(CLOCK).lastReload().orElseThrow().removed());

    Files.delete(dir.resolve(ID + ".md"));
    LibraryStatus status =
        Await.until(
            () -> library.status(CLOCK), s -> !s.lastReload().orElseThrow().ok(), "the refusal");
    assertTrue(status.lastReload().orElseThrow().summary().contains("no usable policies"));
    assertTrue(quote(COMPASSIONATE).contains(V1_ONLY));
  }
}
