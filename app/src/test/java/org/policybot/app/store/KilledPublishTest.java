package org.policybot.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Kills a real publishing JVM (no finally blocks, no shutdown hooks) at each step. */
class KilledPublishTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StepHook.Step.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_publish_killed_at_any_step_leaves_a_consistent_store(StepHook.Step step) throws Exception {
    PolicyStore.open(dir, Clock.systemUTC())
        .publish(TestPolicies.ID, "leave-policy.md", TestPolicies.bytes(TestPolicies.V1), "alice");
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                javaBin.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PublishUntilKilled.class.getName(),
                dir.toString(),
                step.name())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.startsWith("REACHED ")) {
        seen.append(line).append('\n');
      }
      assertEquals("REACHED " + step, line, seen::toString);
      child.destroyForcibly();
      child.waitFor();
    }
    assertFalse(child.isAlive());

    boolean switched = step.compareTo(StepHook.Step.LIVE_SWITCHED) >= 0;
    String live = switched ? TestPolicies.V2 : TestPolicies.V1;
    PolicyStore store = PolicyStore.open(dir, Clock.systemUTC());
    assertEquals(live, Files.readString(dir.resolve(TestPolicies.ID + ".md")));
    List<StoredVersion> history = store.history(TestPolicies.ID);
    assertEquals(switched ? 2 : 1, history.size(), history::toString);
    assertEquals(
        Sha256.hex(TestPolicies.bytes(live)),
        store.liveVersion(TestPolicies.ID).orElseThrow().sha256());
    // A later publish (or rollback) tidies up and carries on from there.
    StoredVersion next =
        switched
            ? store.rollback(TestPolicies.ID, OptionalInt.empty(), "bob")
            : store.publish(
                TestPolicies.ID, "leave-policy.md", TestPolicies.bytes(TestPolicies.V2), "bob");
    assertEquals(history.size() + 1, next.number());
    try (var files = Files.walk(dir)) {
      assertTrue(files.noneMatch(AtomicFiles::isTemp));
    }
  }
}
