package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DuplicateDeliveriesTest {

  private final MovableClock clock = new MovableClock();
  private final DuplicateDeliveries deliveries = new DuplicateDeliveries(clock);

  @Test
  void second_delivery_of_an_event_is_a_repeat() {
    assertTrue(deliveries.firstDelivery("Ev1"));
    assertFalse(deliveries.firstDelivery("Ev1"));
    assertTrue(deliveries.firstDelivery("Ev2"));
  }

  @Test
  void an_event_is_forgotten_once_slack_can_no_longer_retry_it() {
    deliveries.firstDelivery("Ev1");
    clock.advance(DuplicateDeliveries.REMEMBER.plusSeconds(1));

    assertTrue(deliveries.firstDelivery("Ev1"));
  }

  @Test
  void memory_is_bounded_and_drops_the_oldest_first() {
    for (int i = 0; i < DuplicateDeliveries.CAPACITY + 50; i++) {
      deliveries.firstDelivery("Ev" + i);
    }

    assertEquals(DuplicateDeliveries.CAPACITY, deliveries.size());
    assertFalse(deliveries.firstDelivery("Ev" + (DuplicateDeliveries.CAPACITY + 49)));
    assertTrue(deliveries.firstDelivery("Ev0"));
  }

  @Test
  void repeat_is_acknowledged_without_running_the_listeners() throws Exception {
    AtomicInteger runs = new AtomicInteger();

    Response first = deliveries.apply(event("EvA"), Response.ok(), r -> count(runs, 200));
    Response second = deliveries.apply(event("EvA"), Response.ok(), r -> count(runs, 200));

    assertEquals(200, first.getStatusCode());
    assertEquals(200, second.getStatusCode());
    assertEquals(1, runs.get());
  }

  @Test
  void retry_of_a_delivery_that_failed_is_run_again() throws Exception {
    AtomicInteger runs = new AtomicInteger();

    deliveries.apply(event("EvB"), Response.ok(), r -> count(runs, 500));
    deliveries.apply(event("EvB"), Response.ok(), r -> count(runs, 200));

    assertEquals(2, runs.get());
  }

  private static Response count(AtomicInteger runs, int status) {
    runs.incrementAndGet();
    return Response.builder().statusCode(status).build();
  }

  private static EventRequest event(String eventId) {
    String json =
        "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\""
            + eventId
            + "\",\"event\":{\"type\":\"app_mention\",\"text\":\"hi\",\"channel\":\"C1\"}}";
    return new EventRequest(json, new RequestHeaders(Map.of()));
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
