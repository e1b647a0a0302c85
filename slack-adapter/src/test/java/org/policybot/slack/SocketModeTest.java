package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socket Mode messages, parsed as the socket client would hand them over; no socket is opened. */
class SocketModeTest {

  private SlackHarness harness;
  private SocketModeRequestParser parser;

  @BeforeEach
  void start() throws Exception {
    harness = new SlackHarness();
    parser = new SocketModeRequestParser(harness.channel.app().config());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void mention_over_socket_mode_is_answered_in_its_thread() throws Exception {
    JsonObject payload =
        SlackHarness.envelope(
            SlackHarness.mention("<@UBOT> Can I use Twitter at lunch?", "C7", "500.1"), "EvSock1");

    SocketModeRequest request = parser.parse(socketMessage("events_api", payload, 0).toString());

    assertInstanceOf(EventRequest.class, request.getBoltRequest());
    assertTrue(request.getBoltRequest().isSocketMode());
    Response response = harness.channel.app().run(request.getBoltRequest());
    assertEquals(200, response.getStatusCode());
    Sent reply = Sent.of(harness.slack.await("chat.postMessage"));
    assertEquals("C7", reply.field("channel"));
    assertEquals("500.1", reply.field("thread_ts"));
    assertTrue(reply.all().contains("4.8(b)"), reply.all());
  }

  @Test
  void retried_socket_mode_delivery_is_answered_once() throws Exception {
    JsonObject payload =
        SlackHarness.envelope(SlackHarness.directMessage("Can I use Twitter at lunch?"), "EvSock2");

    for (int attempt = 0; attempt < 2; attempt++) {
      SocketModeRequest request =
          parser.parse(socketMessage("events_api", payload, attempt).toString());
      assertEquals(200, harness.channel.app().run(request.getBoltRequest()).getStatusCode());
    }

    harness.channel.close();
    assertEquals(1, harness.slack.calls("chat.postMessage").size(), harness.slack.toString());
  }

  @Test
  void slash_command_over_socket_mode_is_answered_through_the_response_url() throws Exception {
    JsonObject command = new JsonObject();
    command.addProperty("token", "legacy");
    command.addProperty("team_id", "T1");
    command.addProperty("channel_id", "C1");
    command.addProperty("user_id", SlackHarness.STAFF);
    command.addProperty("command", "/policy");
    command.addProperty("text", "Can I accept a friend request from an ex-pupil?");
    command.addProperty("response_url", harness.slack.responseUrl("sock"));
    command.addProperty("trigger_id", "1.2.3");

    SocketModeRequest request =
        parser.parse(socketMessage("slash_commands", command, 0).toString());

    assertInstanceOf(SlashCommandRequest.class, request.getBoltRequest());
    assertEquals(200, harness.channel.app().run(request.getBoltRequest()).getStatusCode());
    assertTrue(Sent.of(harness.slack.await("response_url")).all().contains("4.6(c)"));
  }

  @Test
  void socket_mode_without_an_app_token_is_refused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> harness.channel.startSocketMode());
    assertTrue(e.getMessage().contains("app-level token"), e.getMessage());
  }

  private static JsonObject socketMessage(String type, JsonObject payload, int retryAttempt) {
    JsonObject message = new JsonObject();
    message.addProperty("envelope_id", "env-" + type + "-" + retryAttempt);
    message.addProperty("type", type);
    message.addProperty("accepts_response_payload", type.equals("slash_commands"));
    message.add("payload", payload);
    if (retryAttempt > 0) {
      message.addProperty("retry_attempt", retryAttempt);
      message.addProperty("retry_reason", "timeout");
    }
    return message;
  }
}
