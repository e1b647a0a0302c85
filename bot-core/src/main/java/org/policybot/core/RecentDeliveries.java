package org.policybot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The delivery ids a chat service sent recently, so a redelivery is not answered twice. Slack and
 * Teams both deliver again what they think went unanswered, with the same id. Bounded in number and
 * age. Thread-safe.
 */
public final class RecentDeliveries {

  /** Far above the messages one school's staff send in an hour, and a few hundred KB at most. */
  public static final int CAPACITY = 10_000;

  /** The chat services stop retrying within about five minutes; twice that is plenty. */
  public static final Duration REMEMBER = Duration.ofMinutes(10);

  private final Clock clock;

  /** Delivery id to first sight, oldest first; guarded by {@code this}. */
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  public RecentDeliveries(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records the id and says whether this is its first delivery within the memory window. */
  public synchronized boolean firstDelivery(String id) {
    Instant now = clock.instant();
    Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
    while (oldest.hasNext()) {
      Map.Entry<String, Instant> e = oldest.next();
      if (e.getValue().plus(REMEMBER).isAfter(now) && seen.size() < CAPACITY) {
        break;
      }
      oldest.remove();
    }
    if (seen.containsKey(id)) {
      return false;
    }
    seen.put(id, now);
    return true;
  }

  /** Forgets an id whose delivery failed, so that its redelivery is answered. */
  public synchronized void forget(String id) {
    seen.remove(id);
  }

  /** How many ids are remembered now. */
  public synchronized int size() {
    return seen.size();
  }
}
