package org.policybot.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt on the JDK's HTTP server, like Bolt's own servlet adapter: the raw body is read once
 * (anything that parsed the form first would break the signature), checked, parsed into a Bolt
 * request, run, and Bolt's response written back. Bolt has no global error handler, so anything
 * that escapes becomes a 500 here. Thread-safe.
 */
final class HttpBridge implements HttpHandler {

  /**
   * Slack's largest requests (button clicks carrying the whole message) are tens of kilobytes; the
   * cap only stops a caller from making us buffer an unbounded body.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(HttpBridge.class);

  private final App app;
  private final SlackRequestParser parser;
  private final RequestSignature signature;

  HttpBridge(App app, RequestSignature signature) {
    this.app = Objects.requireNonNull(app, "app");
    this.signature = Objects.requireNonNull(signature, "signature");
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Response response;
      try {
        response = respond(exchange);
      } catch (Exception | LinkageError e) {
        LOG.error("Slack request failed: {}", e.toString(), e);
        response = json(500, "{\"error\":\"internal error\"}");
      }
      write(exchange, response);
    }
  }

  private Response respond(HttpExchange exchange) throws Exception {
    if (!"POST".equals(exchange.getRequestMethod())) {
      Response r = json(405, "{\"error\":\"use POST\"}");
      r.getHeaders().put("Allow", List.of("POST"));
      return r;
    }
    byte[] body = readBody(exchange);
    if (body == null) {
      Response r = json(413, "{\"error\":\"request too large\"}");
      r.getHeaders().put("Connection", List.of("close"));
      return r;
    }
    var headers = exchange.getRequestHeaders();
    if (!signature.verify(
        headers.getFirst(RequestSignature.TIMESTAMP_HEADER),
        headers.getFirst(RequestSignature.SIGNATURE_HEADER),
        body)) {
      LOG.info("rejected a Slack request with a bad signature or a timestamp outside 5 minutes");
      return json(401, "{\"error\":\"invalid request\"}");
    }
    Request<?> request;
    try {
      String query = exchange.getRequestURI().getRawQuery();
      InetSocketAddress remote = exchange.getRemoteAddress();
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                  .headers(new RequestHeaders(headers))
                  .requestBody(new String(body, UTF_8))
                  .remoteAddress(remote == null ? "" : remote.getAddress().getHostAddress())
                  .build());
    } catch (RuntimeException e) {
      LOG.info("a signed Slack request could not be parsed: {}", e.toString());
      return json(400, "{\"error\":\"malformed request\"}");
    }
    if (request == null) {
      return json(400, "{\"error\":\"unknown request type\"}");
    }
    return app.run(request);
  }

  /** The body, or null when it is larger than {@link #MAX_BODY_BYTES} or cannot be read. */
  private static byte[] readBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
          return null;
        }
      } catch (NumberFormatException e) {
        // The read below still enforces the cap.
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    } catch (IOException e) {
      // The host server's own size guard stops oversized chunked bodies with an IOException; that
      // is a client error before authentication, not a server fault worth a stack trace.
      LOG.debug("Slack request body not read: {}", e.toString());
      return null;
    }
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
    var out = exchange.getResponseHeaders();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> out.put(name, List.copyOf(values)));
    }
    if (response.getContentType() != null) {
      out.set("Content-Type", response.getContentType());
    }
    String body = response.getBody();
    if (body == null || body.isEmpty() || status == 204 || status == 304) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      byte[] bytes = body.getBytes(UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    // Closing the exchange first drains an unread request body, which can wait on the client;
    // the client should have its answer before that.
    exchange.getResponseBody().flush();
  }

  private static Response json(int status, String body) {
    return Response.json(status, body);
  }
}
