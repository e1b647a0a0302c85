package org.policybot.app.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM for {@link KilledPublishTest}: publishes version 2 and, at the given step, says so
 * and waits to be killed, so the parent can kill it at exactly that point.
 */
final class PublishUntilKilled {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    StepHook.Step stop = StepHook.Step.valueOf(args[1]);
    PolicyStore store =
        PolicyStore.open(
            dir,
            Clock.systemUTC(),
            step -> {
              if (step == stop) {
                System.out.println("REACHED " + step);
                System.out.flush();
                try {
                  Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    store.publish(TestPolicies.ID, "leave-policy.md", TestPolicies.bytes(TestPolicies.V2), "child");
    System.out.println("FINISHED");
  }
}
