package org.policybot.app.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** What a kill at one step of a publish or rollback would leave, for the crash tests. */
final class SimulatedCrash extends IOException {

  SimulatedCrash(StepHook.Step step) {
    super("simulated crash at " + step);
  }

  /** A store whose every publish and rollback stops at {@code stop}. */
  static PolicyStore storeStoppingAt(Path dir, Clock clock, StepHook.Step stop) {
    return PolicyStore.open(
        dir,
        clock,
        step -> {
          if (step == stop) {
            throw new SimulatedCrash(step);
          }
        });
  }
}
