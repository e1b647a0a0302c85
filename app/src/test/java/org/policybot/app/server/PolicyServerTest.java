package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.app.config.Settings;

class PolicyServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PolicyServer server;
  private static TestServers.Client client;

  /** Stands in for a chat adapter: reads the whole body and says how much it got. */
  private static final HttpHandler ECHO_LENGTH =
      ex -> {
        byte[] body = ex.getRequestBody().readAllBytes();
        byte[] reply = (ex.getRequestMethod() + " " + body.length).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, reply.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply);
        }
      };

  @BeforeAll
  static void start() {
    server = TestServers.bundled();
    server.mount("/slack/events", ECHO_LENGTH);
    client = new TestServers.Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String raw(String head, byte[] body) throws IOException {
    return TestServers.rawStatusLine(server, head, body);
  }

  @Test
  void is_alive_and_ready_with_the_bundled_policy() throws Exception {
    HttpResponse<String> live = client.get("/healthz");
    assertEquals(200, live.statusCode());
    assertEquals("ok", JSON.readTree(live.body()).get("status").asText());
    HttpResponse<String> ready = client.get("/readyz");
    assertEquals(200, ready.statusCode());
    JsonNode r = JSON.readTree(ready.body());
    assertEquals("ready", r.get("status").asText());
    assertEquals(1, r.get("policies").asInt());
    assertTrue(r.get("clauses").asInt() > 20);
  }

  @Test
  void sends_security_headers_on_pages_api_and_mounted_routes() {
    for (HttpResponse<String> r :
        List.of(
            client.get("/"),
            client.get("/api/ask?q=x"),
            client.get("/nope"),
            client.send(
                HttpRequest.newBuilder(client.uri("/slack/events"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))))) {
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals(Guard.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }
    assertTrue(Guard.CSP.contains("script-src 'self'") && !Guard.CSP.contains("unsafe-inline"));
  }

  @Test
  void routes_a_mounted_handler_with_its_request_body() {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(client.uri("/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000))));
    assertEquals(200, r.statusCode());
    assertEquals("POST 5000", r.body());
  }

  @Test
  void refuses_to_mount_a_relative_path_or_the_same_path_twice() {
    assertThrows(IllegalArgumentException.class, () -> server.mount("slack", ECHO_LENGTH));
    assertThrows(IllegalArgumentException.class, () -> server.mount("/slack/events", ECHO_LENGTH));
  }

  @Test
  void answers_unknown_routes_with_404_html_for_browsers_and_json_for_api_clients()
      throws Exception {
    HttpResponse<String> html = client.get("/no/such/page");
    assertEquals(404, html.statusCode());
    assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(html.body().contains("<h1>404 Not Found</h1>"));
    HttpResponse<String> json =
        client.send(
            HttpRequest.newBuilder(client.uri("/no/such/page"))
                .header("Accept", "application/json"));
    assertEquals(404, json.statusCode());
    assertEquals("not_found", JSON.readTree(json.body()).get("error").asText());
  }

  @Test
  void refuses_writes_to_pages_with_405() {
    for (String path : List.of("/", "/policies", "/policies/social-media-policy", "/healthz")) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(client.uri(path))
                  .method("DELETE", HttpRequest.BodyPublishers.noBody()));
      assertEquals(405, r.statusCode(), path);
      assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), path);
    }
  }

  @Test
  void answers_head_with_headers_only() {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(client.uri("/policies"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
  }

  @Test
  void refuses_a_declared_body_over_the_limit_with_413_before_reading_it() throws IOException {
    long tooBig = ServerLimits.defaults().maxBodyBytes() + 1;
    String status =
        raw(
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                + "\r\nContent-Length: "
                + tooBig
                + "\r\n\r\n",
            new byte[0]);
    assertTrue(status.startsWith("HTTP/1.1 413 "), status);
  }

  @Test
  void refuses_a_chunked_body_once_it_grows_over_the_limit() throws IOException {
    int limit = (int) ServerLimits.defaults().maxBodyBytes();
    StringBuilder chunks = new StringBuilder();
    String chunk = "y".repeat(64 * 1024);
    for (int sent = 0; sent <= limit; sent += chunk.length()) {
      chunks
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    chunks.append("0\r\n\r\n");
    String status =
        raw(
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked" + "\r\n\r\n",
            chunks.toString().getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(status.startsWith("HTTP/1.1 413"), status);
  }

  @Test
  void refuses_an_address_over_the_limit_with_414() throws IOException {
    String q = "a".repeat(ServerLimits.defaults().maxUriChars() + 1);
    String status = raw("GET /api/ask?q=" + q + " HTTP/1.1\r\nHost: x\r\n\r\n", new byte[0]);
    assertTrue(status.startsWith("HTTP/1.1 414 "), status);
  }

  @Test
  void lets_a_request_in_flight_finish_when_stopping_and_takes_no_new_ones() throws Exception {
    PolicyServer stopping = TestServers.bundled();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    stopping.mount(
        "/slow",
        ex -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] reply = "finished".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, reply.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(reply);
          }
        });
    TestServers.Client c = new TestServers.Client(stopping);
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> c.get("/slow"));
    assertTrue(entered.await(30, TimeUnit.SECONDS));
    CompletableFuture<Void> closing = CompletableFuture.runAsync(stopping::close);
    // The listener closes at once; wait (bounded) until new connections are refused.
    boolean refused = false;
    for (int i = 0; i < 200 && !refused; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", stopping.port()), 1000);
        Thread.sleep(25);
      } catch (ConnectException e) {
        refused = true;
      } catch (java.net.SocketException e) {
        // A connection caught as the listener closes is reset rather than refused: refused too.
        refused = e.getMessage() != null && e.getMessage().contains("reset");
      }
    }
    assertTrue(refused, "new connections are refused while draining");
    release.countDown();
    HttpResponse<String> r = inFlight.get(30, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode());
    assertEquals("finished", r.body());
    closing.get(30, TimeUnit.SECONDS);
  }

  @Test
  void a_port_in_use_is_named_with_the_variable_to_change() throws Exception {
    try (ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Settings settings = TestServers.settings(Map.of("PORT", String.valueOf(port)));

      IOException e =
          assertThrows(
              IOException.class,
              () -> PolicyServer.start(settings, TestServers.answerer(settings, Optional.empty())));

      assertEquals(
          "cannot listen on 127.0.0.1:"
              + port
              + ": the port is already in use; stop the program using it or set PORT to a free"
              + " port",
          e.getMessage());
    }
  }

  @Test
  void a_bind_address_that_is_not_an_address_is_named_with_its_variable() {
    Settings settings = TestServers.settings(Map.of("POLICYBOT_BIND_ADDRESS", "999.1.1.1"));

    IOException e =
        assertThrows(
            IOException.class,
            () -> PolicyServer.start(settings, TestServers.answerer(settings, Optional.empty())));

    assertTrue(
        e.getMessage()
            .startsWith(
                "cannot listen on 999.1.1.1: no such address; set POLICYBOT_BIND_ADDRESS to"),
        e.getMessage());
  }
}
