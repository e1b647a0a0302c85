package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Plays the Bot Connector service on loopback: the bot posts its replies here (the activity's
 * serviceUrl), and each one is recorded for the test to inspect.
 */
final class FakeConnector implements AutoCloseable {

  /** One call the bot made: the decoded path, its Authorization header and the JSON body. */
  record Call(String method, String path, String authorization, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final Loopback server = Loopback.serve("/", this::handle);

  /** The serviceUrl to put in activities, with the trailing slash Teams uses. */
  String serviceUrl() {
    return server.uri("/").toString();
  }

  /** The next call, waiting up to ten seconds for it. */
  Call nextCall() throws InterruptedException {
    Call call = calls.poll(10, TimeUnit.SECONDS);
    assertNotNull(call, "the bot sent no reply to the connector within 10 s");
    return call;
  }

  /** Whether a further call arrives within a short grace period. */
  Call pollCall(long millis) throws InterruptedException {
    return calls.poll(millis, TimeUnit.MILLISECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      calls.add(
          new Call(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              body.length == 0 ? null : JSON.readTree(body)));
      byte[] response = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, response.length);
      exchange.getResponseBody().write(response);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
