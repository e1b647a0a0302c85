package org.policybot.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /static/}: the page stylesheet and script, read from the jar once. They are files rather
 * than inline so the Content-Security-Policy can forbid inline script.
 */
final class StaticFiles implements HttpHandler {

  static final String PREFIX = "/static/";

  private record Asset(String contentType, byte[] body) {}

  private final Map<String, Asset> assets =
      Map.of(
          "policybot.css", load("policybot.css", "text/css; charset=utf-8"),
          "policybot.js", load("policybot.js", "text/javascript; charset=utf-8"));

  @Override
  public void handle(HttpExchange ex) throws IOException {
    if (!Responses.allow(ex, List.of("GET", "HEAD"))) {
      return;
    }
    String path = ex.getRequestURI().getRawPath();
    Asset asset = path.startsWith(PREFIX) ? assets.get(path.substring(PREFIX.length())) : null;
    if (asset == null) {
      Responses.notFound(ex);
      return;
    }
    ex.getResponseHeaders().set("Cache-Control", "public, max-age=300");
    Responses.send(ex, 200, asset.contentType(), asset.body());
  }

  private static Asset load(String name, String contentType) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("static file " + name + " is missing from the jar");
      }
      return new Asset(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
