package org.policybot.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * A reverse proxy on loopback that serves PolicyBot under a path, as an intranet's would: {@code
 * /policybot/x} is forwarded to the server's {@code /x}, and anything outside the prefix is a 404
 * the server never sees. A page whose links leave the prefix breaks behind it exactly as it would
 * behind nginx's {@code location /policybot/ { proxy_pass http://policybot:8080/; }}.
 */
final class PrefixProxy implements AutoCloseable {

  static final String PREFIX = "/policybot";

  /** Hop-by-hop headers and those the JDK client sets itself. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "expect");

  private final HttpServer http;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final int upstreamPort;

  PrefixProxy(PolicyServer upstream) {
    this.upstreamPort = upstream.port();
    try {
      http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.createContext("/", this::forward);
    http.start();
  }

  /** The proxy's address of a path under the prefix ("/" is the ask page). */
  String url(String pathUnderPrefix) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + PREFIX + pathUnderPrefix;
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      String raw = ex.getRequestURI().getRawPath();
      if (!raw.startsWith(PREFIX + "/")) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      String query = ex.getRequestURI().getRawQuery();
      URI target =
          URI.create(
              "http://127.0.0.1:"
                  + upstreamPort
                  + raw.substring(PREFIX.length())
                  + (query == null ? "" : "?" + query));
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(30))
              .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      ex.getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ex.sendResponseHeaders(502, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    && !name.startsWith(":")) {
                  ex.getResponseHeaders().put(name, values);
                }
              });
      byte[] out = response.body();
      boolean head = ex.getRequestMethod().equals("HEAD");
      ex.sendResponseHeaders(response.statusCode(), head || out.length == 0 ? -1 : out.length);
      if (!head && out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
