package org.policybot.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: reads one Bot Framework Activity, lets the SDK authenticate it and
 * run the turn, and maps the outcome to an HTTP status. Thread-safe.
 */
final class MessagesHandler implements HttpHandler {

  /** Activities are a few KB; a larger body is not from Teams and is refused unread. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  /**
   * Azure abandons a turn after 10 to 15 seconds; waiting far longer only holds a thread. The turn
   * itself is not cancelled (the SDK cannot), it finishes in the background.
   */
  static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(MessagesHandler.class);

  private final TeamsAdapter adapter;
  private final Bot bot;

  MessagesHandler(TeamsAdapter adapter, Bot bot) {
    this.adapter = adapter;
    this.bot = bot;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, error("use POST"));
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        respond(exchange, 413, error("body larger than " + MAX_BODY_BYTES + " bytes"));
        return;
      }
      Activity activity = parse(body);
      String problem = problem(activity);
      if (problem != null) {
        LOG.info("Refused a Teams request: {}", problem);
        respond(exchange, 400, error(problem));
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (adapter.authenticates()) {
        Optional<String> refused = ChannelIssuer.problem(auth);
        if (refused.isPresent()) {
          LOG.info("Refused an unauthenticated Teams request: {}", refused.get());
          respond(exchange, 401, error("unauthorized"));
          return;
        }
      }
      Outcome outcome = process(auth, activity);
      respond(exchange, outcome.status(), outcome.body());
    }
  }

  /** The Activity in the body, or null when it is not one (the SDK also says null). */
  static Activity parse(byte[] body) {
    try {
      JsonNode tree = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
      if (tree == null || !tree.isObject()) {
        return null;
      }
      return Serialization.treeToValue(tree, Activity.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What makes the activity unusable, or null. The SDK dereferences these fields without checks, so
   * a missing one would otherwise surface as a 500.
   */
  static String problem(Activity activity) {
    if (activity == null) {
      return "body is not a Bot Framework Activity";
    }
    if (activity.getType() == null || activity.getType().isBlank()) {
      return "activity has no type";
    }
    if (activity.getConversation() == null || activity.getConversation().getId() == null) {
      return "activity has no conversation id";
    }
    String serviceUrl = activity.getServiceUrl();
    if (serviceUrl == null || serviceUrl.isBlank()) {
      return "activity has no serviceUrl";
    }
    try {
      URI uri = new URI(serviceUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        return "serviceUrl is not an http(s) URL";
      }
    } catch (Exception e) {
      return "serviceUrl is not an http(s) URL";
    }
    return null;
  }

  private Outcome process(String auth, Activity activity) {
    CompletableFuture<InvokeResponse> turn;
    try {
      turn = adapter.processIncomingActivity(auth, activity, bot);
    } catch (RuntimeException e) {
      // A malformed token makes the SDK throw before it returns a future.
      return failure(e);
    }
    try {
      InvokeResponse response = turn.get(TURN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (response == null) {
        return new Outcome(202, "");
      }
      String json =
          response.getBody() == null ? "" : Serialization.toStringSilent(response.getBody());
      return new Outcome(response.getStatus(), json == null ? "" : json);
    } catch (ExecutionException e) {
      return failure(e);
    } catch (TimeoutException e) {
      LOG.error("Teams turn for activity {} took longer than {}", activity.getId(), TURN_TIMEOUT);
      return new Outcome(500, error("timed out"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(500, error("interrupted"));
    }
  }

  private static Outcome failure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
        // Bots on the internet get probed; the reason is enough, no stack trace.
        LOG.info("Refused an unauthenticated Teams request: {}", firstLine(t.getMessage()));
        return new Outcome(401, error("unauthorized"));
      }
    }
    LOG.error("Teams request failed", TeamsAdapter.unwrap(error));
    return new Outcome(500, error("internal error"));
  }

  /** SDK messages can hold a whole RSA key dump; one short line is enough for a log. */
  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String error(String message) {
    return Serialization.toStringSilent(Map.of("error", message));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private record Outcome(int status, String body) {}
}
