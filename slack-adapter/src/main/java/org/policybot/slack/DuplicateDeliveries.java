package org.policybot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware that answers each Events API delivery once. Slack retries an event it thinks went
 * unacknowledged (up to three times, over about five minutes), and Bolt passes every retry to the
 * listeners; this remembers recent {@code event_id}s, bounded in number and age, and acknowledges
 * repeats without running a listener. Thread-safe.
 */
final class DuplicateDeliveries implements Middleware {

  /** Far above the events one school's staff send in an hour, and a few hundred KB at most. */
  static final int CAPACITY = 10_000;

  /** Slack's last retry comes about five minutes after the event; twice that is plenty. */
  static final Duration REMEMBER = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateDeliveries.class);

  private final Clock clock;

  /** Event id to first sight, oldest first; guarded by {@code this}. */
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  DuplicateDeliveries(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware signature takes a raw Request.
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    String eventId = eventId(req.getRequestBodyAsString());
    if (eventId == null) {
      return chain.next(req);
    }
    if (!firstDelivery(eventId)) {
      LOG.info("skipped a repeated delivery of event {}", eventId);
      return Response.ok();
    }
    Response response;
    try {
      response = chain.next(req);
    } catch (Exception | Error e) {
      forget(eventId);
      throw e;
    }
    // A failed first delivery was not answered, so its retry should be.
    if (response.getStatusCode() == null || response.getStatusCode() >= 300) {
      forget(eventId);
    }
    return response;
  }

  /** Records the id and says whether this is its first delivery within the memory window. */
  synchronized boolean firstDelivery(String eventId) {
    Instant now = clock.instant();
    Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
    while (oldest.hasNext()) {
      Map.Entry<String, Instant> e = oldest.next();
      if (e.getValue().plus(REMEMBER).isAfter(now) && seen.size() < CAPACITY) {
        break;
      }
      oldest.remove();
    }
    if (seen.containsKey(eventId)) {
      return false;
    }
    seen.put(eventId, now);
    return true;
  }

  synchronized int size() {
    return seen.size();
  }

  private synchronized void forget(String eventId) {
    seen.remove(eventId);
  }

  private static String eventId(String body) {
    try {
      JsonElement root = JsonParser.parseString(body);
      if (!root.isJsonObject()) {
        return null;
      }
      JsonObject payload = root.getAsJsonObject();
      JsonElement id = payload.get("event_id");
      return id == null || !id.isJsonPrimitive() ? null : id.getAsString();
    } catch (JsonParseException | IllegalStateException e) {
      return null;
    }
  }
}
