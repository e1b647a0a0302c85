package org.policybot.app.store;

import java.io.IOException;

/**
 * Called after each durable step of a publish or rollback. Production code passes {@link #NONE};
 * tests pass a hook that throws, or a child JVM's hook that waits to be killed, to prove the store
 * stays consistent when a publish stops at any step.
 */
@FunctionalInterface
interface StepHook {

  /** The steps, in the order a publish takes them. */
  enum Step {
    VERSION_TEMP_WRITTEN,
    VERSION_STORED,
    ENTRY_TEMP_WRITTEN,
    ENTRY_PENDING,
    LIVE_TEMP_WRITTEN,
    LIVE_SWITCHED,
    COMMIT_TEMP_WRITTEN,
    COMMITTED
  }

  StepHook NONE = step -> {};

  void reached(Step step) throws IOException;
}
