package org.policybot.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for Slack's Web API and response URLs: answers {@code auth.test} and records
 * {@code chat.postMessage}, {@code chat.postEphemeral} and posts to response URLs.
 */
final class SlackApiStub implements AutoCloseable {

  static final String BOT_USER = "UBOT";

  /** One recorded call: the Web API method (or "response_url") and what was sent. */
  record Call(String method, String path, String body, Map<String, String> form) {

    /** A form parameter (Web API calls are form-encoded). */
    String param(String name) {
      return form.get(name);
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile boolean tokenAccepted = true;
  private volatile Duration authTestDelay = Duration.ZERO;
  private volatile boolean authTestUnavailable;

  SlackApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.start();
  }

  /** The Web API method prefix, for SlackSettings.apiUrl. */
  URI apiUrl() {
    return URI.create(base() + "/api/");
  }

  /** A response_url that records what is posted to it. */
  String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  /** From now on, auth.test answers as Slack does for a revoked or mistyped token. */
  void rejectToken() {
    tokenAccepted = false;
  }

  /** From now on, auth.test takes this long to answer, as when Slack's API is slow. */
  void delayAuthTest(Duration delay) {
    authTestDelay = delay;
  }

  /**
   * While set, auth.test answers {@code {"ok":false,"error":"internal_error"}} with HTTP 200, as
   * Slack does during an incident (internal_error, fatal_error, service_unavailable).
   */
  void authTestUnavailable(boolean unavailable) {
    authTestUnavailable = unavailable;
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> replies() {
    return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
  }

  /** Waits for the first call to a method, polling; fails after the timeout. */
  Call await(String method) throws InterruptedException {
    return awaitCount(method, 1).get(0);
  }

  /** Waits until at least {@code n} calls to a method arrived, polling; fails after a timeout. */
  List<Call> awaitCount(String method, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<Call> found = calls(method);
      if (found.size() >= n) {
        return found;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no " + method + " call within 20 s; calls were " + calls);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
    calls.add(new Call(method, exchange.getRequestURI().getPath(), body, form(body)));
    if (method.equals("auth.test") && !authTestDelay.isZero()) {
      try {
        Thread.sleep(authTestDelay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String reply =
        switch (method) {
          case "auth.test" ->
              authTestUnavailable
                  ? "{\"ok\":false,\"error\":\"internal_error\"}"
                  : tokenAccepted
                      ? "{\"ok\":true,\"user_id\":\""
                          + BOT_USER
                          + "\",\"team_id\":\"T1\",\"bot_id\":\"B1\"}"
                      : "{\"ok\":false,\"error\":\"invalid_auth\"}";
          case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}";
          case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1.3\"}";
          default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    send(exchange, "application/json", reply);
  }

  private void respond(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
    calls.add(new Call("response_url", exchange.getRequestURI().getPath(), body, Map.of()));
    send(exchange, "text/plain", "ok");
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (exchange) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), UTF_8));
      }
    }
    return out;
  }

  private String base() {
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getAddress().getHostAddress() + ":" + a.getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public String toString() {
    return new ArrayList<>(calls).toString();
  }
}
