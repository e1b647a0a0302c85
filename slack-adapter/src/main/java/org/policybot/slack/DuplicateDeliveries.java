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
import org.policybot.core.RecentDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware that answers each Events API delivery once. Slack retries an event it thinks went
 * unacknowledged (up to three times, over about five minutes), and Bolt passes every retry to the
 * listeners; this remembers recent {@code event_id}s ({@link RecentDeliveries}) and acknowledges
 * repeats without running a listener. Thread-safe.
 */
final class DuplicateDeliveries implements Middleware {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateDeliveries.class);

  private final RecentDeliveries seen;

  DuplicateDeliveries(Clock clock) {
    this.seen = new RecentDeliveries(clock);
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

  boolean firstDelivery(String eventId) {
    return seen.firstDelivery(eventId);
  }

  int size() {
    return seen.size();
  }

  private void forget(String eventId) {
    seen.forget(eventId);
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
