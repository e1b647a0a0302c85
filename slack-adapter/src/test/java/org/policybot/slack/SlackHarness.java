package org.policybot.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.testing.TestAnswerers;

/**
 * The Slack channel behind a real JDK HTTP server on a random loopback port, talking to a loopback
 * Slack API stub, plus a client that sends requests signed the way Slack signs them.
 */
final class SlackHarness implements AutoCloseable {

  static final String SECRET = "test-signing-secret";
  static final String ADMIN = "UADMIN";
  static final String STAFF = "USTAFF";

  /** Writes question text, so tests can see what an operator who opted in would see. */
  static final AnswerLog ANSWER_LOG = new AnswerLog(true);

  final SlackApiStub slack;
  final SlackChannel channel;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger ids = new AtomicInteger();

  SlackHarness() throws IOException {
    this(SECRET, Optional.empty());
  }

  /** A harness whose channel has this signing secret and app token. */
  SlackHarness(String signingSecret, Optional<String> appToken) throws IOException {
    this(signingSecret, appToken, TestAnswerers.shared(), Clock.systemUTC());
  }

  /** A harness answering from this answerer, whose status reports are taken by this clock. */
  SlackHarness(PolicyAnswerer answerer, Clock statusClock) throws IOException {
    this(SECRET, Optional.empty(), answerer, statusClock);
  }

  private SlackHarness(
      String signingSecret, Optional<String> appToken, PolicyAnswerer answerer, Clock statusClock)
      throws IOException {
    slack = new SlackApiStub();
    SlackSettings settings =
        new SlackSettings("xoxb-test", signingSecret, appToken, slack.apiUrl());
    channel = new SlackChannel(settings, answerer, Set.of(ADMIN), ANSWER_LOG, statusClock);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/slack/events", channel.httpHandler());
    server.start();
  }

  /** Sends a body signed now with the right secret. */
  HttpResponse<String> send(String contentType, String body) throws Exception {
    return send(contentType, body, SECRET, Instant.now().getEpochSecond(), Map.of());
  }

  /** Sends a body signed with the given secret and timestamp, plus extra headers. */
  HttpResponse<String> send(
      String contentType, String body, String secret, long timestamp, Map<String, String> headers)
      throws Exception {
    String ts = String.valueOf(timestamp);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint())
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", ts)
            .header("X-Slack-Signature", new SlackSignature.Generator(secret).generate(ts, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  URI endpoint() {
    InetSocketAddress a = server.getAddress();
    return URI.create(
        "http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/slack/events");
  }

  HttpClient http() {
    return http;
  }

  /** {@code /policy <text>} from a user; the response URL records what is posted to it. */
  HttpResponse<String> command(String text, String userId) throws Exception {
    return send("application/x-www-form-urlencoded", commandBody(text, userId));
  }

  String commandBody(String text, String userId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", "T1");
    form.put("team_domain", "school");
    form.put("channel_id", "C1");
    form.put("channel_name", "staffroom");
    form.put("user_id", userId);
    form.put("user_name", "someone");
    form.put("command", "/policy");
    form.put("text", text);
    form.put("api_app_id", "A1");
    form.put("response_url", slack.responseUrl("cmd-" + ids.incrementAndGet()));
    form.put("trigger_id", "1.2.3");
    StringBuilder out = new StringBuilder();
    form.forEach(
        (k, v) ->
            out.append(out.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, UTF_8)));
    return out.toString();
  }

  /** An Events API delivery of one event. */
  HttpResponse<String> event(JsonObject event, String eventId, Map<String, String> headers)
      throws Exception {
    return send(
        "application/json",
        envelope(event, eventId).toString(),
        SECRET,
        Instant.now().getEpochSecond(),
        headers);
  }

  static JsonObject envelope(JsonObject event, String eventId) {
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", "T1");
    authorization.addProperty("user_id", SlackApiStub.BOT_USER);
    authorization.addProperty("is_bot", true);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    JsonObject envelope = new JsonObject();
    envelope.addProperty("token", "legacy");
    envelope.addProperty("team_id", "T1");
    envelope.addProperty("api_app_id", "A1");
    envelope.add("event", event);
    envelope.addProperty("type", "event_callback");
    envelope.addProperty("event_id", eventId);
    envelope.addProperty("event_time", Instant.now().getEpochSecond());
    envelope.add("authorizations", authorizations);
    return envelope;
  }

  static JsonObject mention(String text, String channel, String ts) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "app_mention");
    e.addProperty("user", STAFF);
    e.addProperty("text", text);
    e.addProperty("ts", ts);
    e.addProperty("channel", channel);
    e.addProperty("event_ts", ts);
    return e;
  }

  static JsonObject directMessage(String text) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("channel_type", "im");
    e.addProperty("user", STAFF);
    e.addProperty("text", text);
    e.addProperty("ts", "200.1");
    e.addProperty("channel", "D1");
    e.addProperty("event_ts", "200.1");
    return e;
  }

  /** A click on one of our feedback buttons, as Slack posts it (form-encoded payload). */
  HttpResponse<String> click(String actionId, String value) throws Exception {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("block_id", AnswerRenderer.FEEDBACK_BLOCK);
    action.addProperty("action_id", actionId);
    action.addProperty("value", value);
    action.addProperty("action_ts", "300.1");
    JsonArray actions = new JsonArray();
    actions.add(action);
    JsonObject user = new JsonObject();
    user.addProperty("id", STAFF);
    JsonObject team = new JsonObject();
    team.addProperty("id", "T1");
    JsonObject channelObject = new JsonObject();
    channelObject.addProperty("id", "C1");
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("user", user);
    payload.add("team", team);
    payload.add("channel", channelObject);
    payload.addProperty("api_app_id", "A1");
    payload.addProperty("token", "legacy");
    payload.addProperty("trigger_id", "1.2.3");
    payload.addProperty("response_url", slack.responseUrl("click-" + ids.incrementAndGet()));
    payload.add("actions", actions);
    return send(
        "application/x-www-form-urlencoded",
        "payload=" + URLEncoder.encode(payload.toString(), UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
    channel.close();
    slack.close();
  }
}
