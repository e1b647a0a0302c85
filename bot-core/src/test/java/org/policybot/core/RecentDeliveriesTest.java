package org.policybot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentDeliveriesTest {

  private final MovableClock clock = new MovableClock();
  private final RecentDeliveries deliveries = new RecentDeliveries(clock);

  @Test
  void second_delivery_is_a_repeat() {
    assertTrue(deliveries.firstDelivery("Ev1"));
    assertFalse(deliveries.firstDelivery("Ev1"));
    assertTrue(deliveries.firstDelivery("Ev2"));
  }

  @Test
  void an_id_is_forgotten_once_the_service_can_no_longer_retry_it() {
    deliveries.firstDelivery("Ev1");
    clock.advance(RecentDeliveries.REMEMBER.plusSeconds(1));

    assertTrue(deliveries.firstDelivery("Ev1"));
  }

  @Test
  void memory_is_bounded_and_drops_the_oldest_first() {
    for (int i = 0; i < RecentDeliveries.CAPACITY + 50; i++) {
      deliveries.firstDelivery("Ev" + i);
    }

    assertEquals(RecentDeliveries.CAPACITY, deliveries.size());
    assertFalse(deliveries.firstDelivery("Ev" + (RecentDeliveries.CAPACITY + 49)));
    assertTrue(deliveries.firstDelivery("Ev0"));
  }

  @Test
  void a_forgotten_id_is_a_first_delivery_again() {
    deliveries.firstDelivery("Ev1");
    deliveries.forget("Ev1");

    assertTrue(deliveries.firstDelivery("Ev1"));
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
