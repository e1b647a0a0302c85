package org.policybot.index.search;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value made on first use, once, by a supplier that may be slow (loading a model) and may give
 * null (a model that cannot be loaded, not tried again). Thread-safe.
 */
final class Lazy<T> {

  private final Supplier<T> make;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile boolean made;
  private T value;

  /**
   * @param make makes the value; null for a value that is always null
   */
  Lazy(Supplier<T> make) {
    this.make = make;
  }

  boolean isMade() {
    return made;
  }

  T get() {
    if (!made) {
      // A lock, not synchronized: questions arrive on virtual threads, which a monitor held for
      // the second-long load would pin to their carriers on JDK 21 to 23.
      lock.lock();
      try {
        if (!made) {
          value = make == null ? null : make.get();
          made = true;
        }
      } finally {
        lock.unlock();
      }
    }
    return value;
  }
}
