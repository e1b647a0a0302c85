package org.policybot.core;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.policybot.index.search.PolicyIndex;

/**
 * The live policies: one immutable {@link PolicyIndex} that is replaced whole when HR publishes.
 * A question reads the reference once and is answered entirely from that index, so questions in
 * flight during a swap are answered from the old text or the new, never a mix. Replaced indexes
 * are in memory and left to the garbage collector rather than closed, because a question may
 * still be reading one. Thread-safe.
 */
public final class PolicyLibrary {

  private final AtomicReference<PolicyIndex> live;

  public PolicyLibrary(PolicyIndex initial) {
    this.live = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** The index questions should be answered from now. */
  public PolicyIndex current() {
    return live.get();
  }

  /** Makes a new index live at once; questions already running finish on the old one. */
  public void publish(PolicyIndex next) {
    live.set(Objects.requireNonNull(next, "next"));
  }
}
