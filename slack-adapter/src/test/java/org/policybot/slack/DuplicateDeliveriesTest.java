package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DuplicateDeliveriesTest {

  /** Remembering ids within a window and a bound is RecentDeliveriesTest's (bot-core). */
  private final DuplicateDeliveries deliveries = new DuplicateDeliveries(Clock.systemUTC());

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
}
