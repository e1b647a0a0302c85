package org.policybot.app.reload;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds, with a generous deadline; never a sleep used as an assertion. */
final class Await {

  private Await() {}

  static <T> T until(Supplier<T> probe, Predicate<T> done, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    T last = probe.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting for " + what + "; last saw " + last);
      }
      Thread.sleep(20);
      last = probe.get();
    }
    return last;
  }
}
