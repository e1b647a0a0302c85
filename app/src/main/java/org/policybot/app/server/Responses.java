package org.policybot.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writing responses: bodies with their content types, and the JSON or HTML error pages. */
final class Responses {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Responses() {}

  /** Sends a whole body; for HEAD only the headers. */
  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void json(HttpExchange ex, int status, ObjectNode body) throws IOException {
    send(ex, status, JSON, MAPPER.writeValueAsBytes(body));
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Sends an error as JSON for API clients ({@code /api/...} or a JSON {@code Accept} header) and
   * as a small HTML page for browsers.
   */
  static void error(HttpExchange ex, int status, String code, String message) throws IOException {
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    if (wantsJson(ex)) {
      ObjectNode o = object();
      o.put("error", code);
      o.put("message", message);
      json(ex, status, o);
    } else {
      PageLinks links = PageLinks.forPath(ex.getRequestURI().getRawPath());
      String body =
          "<h1>"
              + status
              + " "
              + Html.escape(reason(status))
              + "</h1>\n"
              + "<p>"
              + Html.escape(message)
              + "</p>\n"
              + "<p><a href=\""
              + Html.href(links.home())
              + "\">Ask a question</a> or <a href=\""
              + Html.href(links.policies())
              + "\">read the policies</a>.</p>\n";
      send(ex, status, HTML, Page.layout(links, reason(status), body));
    }
  }

  /**
   * Accepts only the given methods; otherwise answers 405 with an {@code Allow} header and returns
   * false.
   */
  static boolean allow(HttpExchange ex, List<String> methods) throws IOException {
    if (methods.contains(ex.getRequestMethod())) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", String.join(", ", methods));
    error(
        ex,
        405,
        "method_not_allowed",
        ex.getRequestMethod() + " is not allowed here; use " + String.join(" or ", methods) + ".");
    return false;
  }

  static void notFound(HttpExchange ex) throws IOException {
    error(ex, 404, "not_found", "There is nothing at this address.");
  }

  private static boolean wantsJson(HttpExchange ex) {
    String path = ex.getRequestURI().getRawPath();
    if (path != null
        && (path.startsWith("/api/") || path.equals("/healthz") || path.equals("/readyz"))) {
      return true;
    }
    String accept = ex.getRequestHeaders().getFirst("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
