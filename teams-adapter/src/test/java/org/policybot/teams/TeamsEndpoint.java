package org.policybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.testing.TestAnswerers;

/** A {@link TeamsChannel} mounted at /api/messages on a real loopback server, and a client. */
final class TeamsEndpoint implements AutoCloseable {

  /** Writes question text, so tests can see what an operator who opted in would see. */
  static final AnswerLog ANSWER_LOG = new AnswerLog(true);

  private final TeamsChannel channel;
  private final Loopback server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TeamsEndpoint(TeamsSettings settings, TeamsAdapter adapter, Set<String> admins) {
    channel = new TeamsChannel(settings, adapter, TestAnswerers.shared(), admins, ANSWER_LOG);
    server = Loopback.serve("/api/messages", channel.httpHandler());
  }

  /** An endpoint without authentication, as for local testing. */
  static TeamsEndpoint unauthenticated() {
    TeamsSettings settings = new TeamsSettings("", "", Optional.empty(), true, Optional.empty());
    return new TeamsEndpoint(settings, new TeamsAdapter(settings), Set.of());
  }

  HttpResponse<String> post(JsonNode activity, String authorization) throws Exception {
    return post(activity.toString(), authorization);
  }

  HttpResponse<String> post(String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/messages"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get() throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.uri("/api/messages")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Stops the channel's search threads while the server still runs, so turns fail. */
  void stopAnswering() {
    channel.close();
  }

  @Override
  public void close() {
    server.close();
    channel.close();
  }
}
