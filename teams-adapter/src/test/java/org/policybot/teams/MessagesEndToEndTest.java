package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.core.feedback.AnswerLog;
import org.slf4j.LoggerFactory;

/**
 * Activity JSON posted over HTTP to the real handler, with a loopback fake Bot Connector that
 * receives the replies. Authentication is off here; {@link AuthenticationTest} covers it.
 */
class MessagesEndToEndTest {

  private FakeConnector connector;
  private TeamsEndpoint endpoint;

  @BeforeEach
  void start() {
    connector = new FakeConnector();
    endpoint = TeamsEndpoint.unauthenticated();
  }

  @AfterEach
  void stop() {
    endpoint.close();
    connector.close();
  }

  @Test
  void a_personal_question_is_answered_with_a_card_posted_to_the_connector() throws Exception {
    HttpResponse<String> response =
        endpoint.post(
            TeamsActivities.personal(
                connector.serviceUrl(), "1714557600124", "Can I use Twitter at lunch?"),
            null);

    assertEquals(202, response.statusCode(), response.body());
    FakeConnector.Call reply = connector.nextCall();
    assertEquals("POST", reply.method());
    assertEquals(
        "/v3/conversations/" + TeamsActivities.PERSONAL_CONVERSATION + "/activities/1714557600124",
        reply.path());
    assertNull(reply.authorization(), "auth is off, so replies carry no token");
    JsonNode attachment = reply.body().path("attachments").get(0);
    assertEquals(AnswerCard.CONTENT_TYPE, attachment.path("contentType").asText());
    JsonNode card = attachment.path("content");
    assertEquals("1.5", card.path("version").asText());
    assertTrue(card.toString().contains("4.8(b)"), card.toString());
    assertEquals("Open clause", card.path("actions").get(0).path("title").asText());
    assertTrue(
        card.path("actions")
            .get(0)
            .path("url")
            .asText()
            .endsWith("/policies/social-media-policy#clause-4-8-b"),
        card.path("actions").get(0).toString());
  }

  @Test
  void the_answer_is_noted_in_the_answer_log_under_the_teams_channel() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger answers = (Logger) LoggerFactory.getLogger(AnswerLog.LOGGER_NAME);
    answers.addAppender(log);
    log.start();
    try {
      endpoint.post(
          TeamsActivities.personal(
              connector.serviceUrl(), "1714557600125", "What's on the lunch menu?"),
          null);
      connector.nextCall();

      assertEquals(1, log.list.size(), log.list.toString());
      String line = log.list.get(0).getFormattedMessage();
      assertTrue(line.startsWith("teams answer "), line);
      assertTrue(line.endsWith(" not_covered - q=\"What's on the lunch menu?\""), line);
    } finally {
      answers.detachAppender(log);
    }
  }

  @Test
  void a_channel_mention_is_answered_in_its_thread() throws Exception {
    HttpResponse<String> response =
        endpoint.post(
            TeamsActivities.channelMention(
                connector.serviceUrl(), "1714557600123", "can I use twitter at lunch?"),
            null);

    assertEquals(202, response.statusCode(), response.body());
    FakeConnector.Call reply = connector.nextCall();
    // The conversation id names the thread (";messageid="); replying to the message keeps it there.
    assertEquals(
        "/v3/conversations/" + TeamsActivities.CHANNEL_CONVERSATION + "/activities/1714557600123",
        reply.path());
    assertEquals("1714557600123", reply.body().path("replyToId").asText());
    assertTrue(reply.body().path("attachments").toString().contains("4.8(b)"));
  }

  @Test
  void a_failed_turn_tells_the_user_instead_of_failing_silently() throws Exception {
    endpoint.stopAnswering();
    HttpResponse<String> response =
        endpoint.post(
            TeamsActivities.personal(connector.serviceUrl(), "1714557600125", "Can I use Twitter?"),
            null);
    assertEquals(202, response.statusCode(), "the error was handled in the turn");
    assertTrue(
        connector
            .nextCall()
            .body()
            .path("text")
            .asText()
            .startsWith("Sorry, something went wrong"));
  }

  /**
   * Teams delivers an activity again when the first delivery was slow to be acknowledged; staff
   * must get one answer, not two.
   */
  @Test
  void a_redelivered_activity_is_answered_once() throws Exception {
    ObjectNode question =
        TeamsActivities.personal(connector.serviceUrl(), "1714557600127", "Can I use Twitter?");
    assertEquals(202, endpoint.post(question, null).statusCode());
    connector.nextCall();

    assertEquals(202, endpoint.post(question, null).statusCode(), "acknowledged all the same");
    assertNull(connector.pollCall(1_000), "the repeat is not answered again");

    ObjectNode next =
        TeamsActivities.personal(connector.serviceUrl(), "1714557600128", "Can I use Twitter?");
    endpoint.post(next, null);
    assertTrue(connector.nextCall().body().toString().contains("4.8(b)"), "a new one still is");
  }

  @Test
  void a_redelivery_of_a_turn_that_failed_is_run_again() throws Exception {
    endpoint.stopAnswering();
    ObjectNode question =
        TeamsActivities.personal(connector.serviceUrl(), "1714557600129", "Can I use Twitter?");
    endpoint.post(question, null);
    assertTrue(connector.nextCall().body().path("text").asText().startsWith("Sorry"));

    endpoint.post(question, null);
    assertTrue(
        connector.nextCall().body().path("text").asText().startsWith("Sorry"),
        "the failed turn was forgotten, so its redelivery ran (and failed) again");
  }

  @Test
  void an_invoke_is_answered_with_the_status_the_sdk_chose() throws Exception {
    ObjectNode invoke = TeamsActivities.personal(connector.serviceUrl(), "1714557600126", null);
    invoke.put("type", "invoke");
    invoke.put("name", "composeExtension/unknown");
    HttpResponse<String> response = endpoint.post(invoke, null);
    // PolicyBot has no message extensions; the SDK answers unknown invokes with 501.
    assertEquals(501, response.statusCode(), response.body());
  }

  @Test
  void a_body_that_is_not_json_is_a_400_not_a_500() throws Exception {
    HttpResponse<String> response = endpoint.post("{\"type\": \"message\", ", null);
    assertEquals(400, response.statusCode());
    assertNull(connector.pollCall(200), "nothing was sent for a bad request");
  }

  @Test
  void json_that_is_not_an_activity_is_a_400() throws Exception {
    assertEquals(400, endpoint.post("[1, 2, 3]", null).statusCode());
    assertEquals(400, endpoint.post("\"hello\"", null).statusCode());
    assertEquals(400, endpoint.post("", null).statusCode());
  }

  @Test
  void a_timestamp_without_fractional_seconds_is_a_400() throws Exception {
    // The SDK cannot read it and silently yields no Activity at all.
    ObjectNode activity = TeamsActivities.personal(connector.serviceUrl(), "1", "hello");
    activity.put("timestamp", "2024-05-01T10:00:00Z");
    assertEquals(400, endpoint.post(activity, null).statusCode());
  }

  @Test
  void an_activity_without_a_conversation_or_service_url_is_a_400() throws Exception {
    ObjectNode noConversation = TeamsActivities.personal(connector.serviceUrl(), "1", "hi");
    noConversation.remove("conversation");
    assertEquals(400, endpoint.post(noConversation, null).statusCode());

    ObjectNode badServiceUrl = TeamsActivities.personal("file:///etc/passwd", "1", "hi");
    assertEquals(400, endpoint.post(badServiceUrl, null).statusCode());
  }

  @Test
  void an_oversized_body_is_refused() throws Exception {
    String huge = "x".repeat(MessagesHandler.MAX_BODY_BYTES + 10);
    ObjectNode activity = TeamsActivities.personal(connector.serviceUrl(), "1", huge);
    assertEquals(413, endpoint.post(activity, null).statusCode());
  }

  @Test
  void only_post_is_allowed() throws Exception {
    HttpResponse<String> response = endpoint.get();
    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void a_card_vote_is_acknowledged_over_http() throws Exception {
    endpoint.post(
        TeamsActivities.personal(
            connector.serviceUrl(), "1714557600124", "Can I use Twitter at lunch?"),
        null);
    JsonNode helpful =
        connector.nextCall().body().findValues("data").stream()
            .filter(d -> d.path("verdict").asText().equals(Feedback.HELPFUL))
            .findFirst()
            .orElseThrow();
    assertEquals(
        202,
        endpoint
            .post(TeamsActivities.submit(connector.serviceUrl(), (ObjectNode) helpful), null)
            .statusCode());
    assertTrue(connector.nextCall().body().path("text").asText().startsWith("Thanks"));
  }
}
