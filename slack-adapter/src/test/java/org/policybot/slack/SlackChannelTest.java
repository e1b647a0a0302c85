package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.feedback.AnswerLogReader;
import org.policybot.core.feedback.LoggedQuestion;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.core.testing.TestAnswerers;
import org.slf4j.LoggerFactory;

/** Signed HTTP requests to the real handler on a JDK server, with Slack's API faked at its edge. */
class SlackChannelTest {

  private static final String FRIEND_QUESTION = "Can I accept a friend request from an ex-pupil?";
  private static final String CLAUSE_4_6_C =
      "<http://localhost:8080/policies/social-media-policy#clause-4-6-c|4.6(c)>";

  private SlackHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = new SlackHarness();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void slash_command_is_acknowledged_then_answered_privately_through_the_response_url()
      throws Exception {
    HttpResponse<String> ack = harness.command(FRIEND_QUESTION, SlackHarness.STAFF);

    assertEquals(200, ack.statusCode());
    Sent reply = Sent.of(harness.slack.await("response_url"));
    assertEquals("ephemeral", reply.field("response_type"));
    List<String> sections = reply.sections();
    assertTrue(
        sections.get(0).contains("Clause 4.6(c) of the Social Media Policy"), sections.get(0));
    assertTrue(sections.get(1).startsWith(">Staff should not befriend students"), sections.get(1));
    assertTrue(reply.all().contains(CLAUSE_4_6_C), reply.all());
    assertTrue(reply.all().contains("Protecting Our Partners"), reply.all());
    assertTrue(reply.all().contains("version V1.0"), reply.all());
    assertTrue(reply.blockTypes().contains("actions"), reply.blockTypes().toString());
    assertTrue(reply.text().contains("4.6(c)"), "the fallback text names the clause");
    assertTrue(
        harness.slack.calls("chat.postMessage").isEmpty(), "a command never posts to the channel");
  }

  @Test
  void mention_is_answered_in_the_thread_of_the_message() throws Exception {
    JsonObject mention = SlackHarness.mention("<@UBOT> Can I use Twitter at lunch?", "C1", "100.5");

    assertEquals(200, harness.event(mention, "Ev100", Map.of()).statusCode());

    Sent reply = Sent.of(harness.slack.await("chat.postMessage"));
    assertEquals("C1", reply.field("channel"));
    assertEquals("100.5", reply.field("thread_ts"));
    assertTrue(reply.all().contains("4.8(b)"), reply.all());
    assertTrue(reply.all().contains("You asked: Can I use Twitter at lunch?"), reply.all());
  }

  @Test
  void mention_inside_a_thread_is_answered_in_that_thread() throws Exception {
    JsonObject mention = SlackHarness.mention("<@UBOT> Can I use Twitter at lunch?", "C1", "100.9");
    mention.addProperty("thread_ts", "100.1");

    assertEquals(200, harness.event(mention, "Ev101", Map.of()).statusCode());

    assertEquals("100.1", Sent.of(harness.slack.await("chat.postMessage")).field("thread_ts"));
  }

  @Test
  void direct_message_is_answered_in_the_direct_message() throws Exception {
    assertEquals(
        200,
        harness.event(SlackHarness.directMessage(FRIEND_QUESTION), "Ev200", Map.of()).statusCode());

    Sent reply = Sent.of(harness.slack.await("chat.postMessage"));
    assertEquals("D1", reply.field("channel"));
    assertNull(reply.field("thread_ts"));
    assertTrue(reply.all().contains(CLAUSE_4_6_C), reply.all());
  }

  @Test
  void question_the_policies_do_not_cover_says_so_and_quotes_nothing() throws Exception {
    harness.command("How many days of parental leave do I get?", SlackHarness.STAFF);

    Sent reply = Sent.of(harness.slack.await("response_url"));
    assertTrue(reply.text().contains("could not find a clause"), reply.text());
    assertTrue(reply.text().contains("your HR team"), reply.text());
    assertTrue(reply.sections().stream().noneMatch(s -> s.startsWith(">")), reply.all());
    assertFalse(reply.all().contains("<http"), "no clause link: " + reply.all());
    assertFalse(reply.blockTypes().contains("actions"), reply.blockTypes().toString());
  }

  @Test
  void policy_alone_shows_usage_with_the_example_questions() throws Exception {
    harness.command("", SlackHarness.STAFF);

    Sent reply = Sent.of(harness.slack.await("response_url"));
    assertTrue(reply.text().startsWith("Ask me a question"), reply.text());
    for (String example : AnswerSettings.DEFAULT_EXAMPLES) {
      assertTrue(reply.all().contains(example), example + " missing from " + reply.all());
    }
    assertTrue(reply.all().contains("/policy &lt;your question&gt;"), reply.all());
  }

  @Test
  void help_in_a_direct_message_shows_usage() throws Exception {
    harness.event(SlackHarness.directMessage("help"), "Ev201", Map.of());

    Sent reply = Sent.of(harness.slack.await("chat.postMessage"));
    assertTrue(reply.all().contains(AnswerSettings.DEFAULT_EXAMPLES.get(0)), reply.all());
  }

  @Test
  void a_question_voted_not_helpful_reaches_hr_through_the_answer_log_when_the_operator_opted_in()
      throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    List<Logger> loggers =
        List.of(
            (Logger) LoggerFactory.getLogger(AnswerLog.LOGGER_NAME),
            (Logger) LoggerFactory.getLogger("policybot.feedback"));
    loggers.forEach(l -> l.addAppender(log));
    log.start();
    try {
      harness.command(FRIEND_QUESTION, SlackHarness.STAFF);
      String value = Sent.of(harness.slack.await("response_url")).buttonValue(Feedback.NOT_HELPFUL);
      harness.click(Feedback.NOT_HELPFUL, value);
      harness.slack.awaitCount("response_url", 2);

      List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertTrue(
          lines.get(0).startsWith("slack-command answer " + value.split(" ")[0] + " answered"),
          lines.toString());
      assertEquals(
          List.of(
              new LoggedQuestion(FRIEND_QUESTION, 1, 0, 1, List.of("social-media-policy 4.6(c)"))),
          AnswerLogReader.toLearnFrom(lines));
    } finally {
      loggers.forEach(l -> l.detachAppender(log));
    }
  }

  @Test
  void feedback_click_is_acknowledged_to_the_user_and_logged_without_the_question()
      throws Exception {
    harness.command(FRIEND_QUESTION, SlackHarness.STAFF);
    String value = Sent.of(harness.slack.await("response_url")).buttonValue(Feedback.NOT_HELPFUL);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger feedback = (Logger) LoggerFactory.getLogger("policybot.feedback");
    feedback.addAppender(log);
    log.start();
    try {
      assertEquals(200, harness.click(Feedback.NOT_HELPFUL, value).statusCode());

      Sent thanks = Sent.of(harness.slack.awaitCount("response_url", 2).get(1));
      assertTrue(thanks.text().startsWith("Thanks for your feedback"), thanks.text());
      assertEquals("ephemeral", thanks.field("response_type"));
      assertEquals("false", thanks.field("replace_original"));
      assertEquals(1, log.list.size(), log.list.toString());
      String line = log.list.get(0).getFormattedMessage();
      String answerId = value.split(" ")[0];
      assertTrue(line.contains("answer_id=" + answerId), line);
      assertTrue(line.contains("clause=4.6(c)"), line);
      assertTrue(line.contains("verdict=not_helpful"), line);
      assertFalse(line.contains("friend"), "the question stays out of the log: " + line);
      assertTrue(
          log.list.get(0).getKeyValuePairs().stream()
              .anyMatch(kv -> kv.key.equals("verdict") && kv.value.equals("not_helpful")));
    } finally {
      feedback.detachAppender(log);
    }
  }

  /**
   * One vote per person per answer, and only on an answer sent with that clause: a second click, a
   * replayed request and a value naming a clause never quoted are acknowledged but not counted.
   */
  @Test
  void a_repeated_click_or_a_forged_value_is_not_counted_again() throws Exception {
    harness.command(FRIEND_QUESTION, SlackHarness.STAFF);
    String value = Sent.of(harness.slack.await("response_url")).buttonValue(Feedback.NOT_HELPFUL);
    String answerId = value.split(" ")[0];
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger feedback = (Logger) LoggerFactory.getLogger("policybot.feedback");
    feedback.addAppender(log);
    log.start();
    try {
      harness.click(Feedback.NOT_HELPFUL, value);
      harness.click(Feedback.HELPFUL, value);
      harness.click(Feedback.NOT_HELPFUL, answerId + " social-media-policy 9.9");
      harness.click(Feedback.NOT_HELPFUL, "never-issued social-media-policy 4.6(c)");
      // Acknowledgements are sent in the background, so they may arrive in any order.
      List<String> replies =
          harness.slack.awaitCount("response_url", 5).stream()
              .skip(1)
              .map(call -> Sent.of(call).text().split(":")[0])
              .sorted()
              .toList();

      assertEquals(1, log.list.size(), log.list.toString());
      assertEquals(
          List.of(
              "Sorry, I can no longer record feedback on that answer. Please ask again if you need"
                  + " to.",
              "Sorry, I can no longer record feedback on that answer. Please ask again if you need"
                  + " to.",
              "Thanks for your feedback",
              "You have already rated this answer"),
          replies);
    } finally {
      feedback.detachAppender(log);
    }
  }

  @Test
  void not_helpful_is_acknowledged_with_the_configured_hr_contact_escaped() throws Exception {
    AnswerSettings settings =
        new AnswerSettings(
            URI.create("http://localhost:8080"),
            "Pat in HR <hr@school.example>",
            AnswerSettings.DEFAULT_EXAMPLES);
    try (SlackHarness custom = new SlackHarness(TestAnswerers.fresh(settings), Clock.systemUTC())) {
      custom.command(FRIEND_QUESTION, SlackHarness.STAFF);
      String value = Sent.of(custom.slack.await("response_url")).buttonValue(Feedback.NOT_HELPFUL);

      assertEquals(200, custom.click(Feedback.NOT_HELPFUL, value).statusCode());

      Sent thanks = Sent.of(custom.slack.awaitCount("response_url", 2).get(1));
      assertTrue(
          thanks.text().endsWith("please ask Pat in HR &lt;hr@school.example&gt;."), thanks.text());
      assertFalse(thanks.text().contains("your HR team"), thanks.text());
    }
  }

  @Test
  void retried_delivery_of_an_event_is_answered_once() throws Exception {
    JsonObject mention = SlackHarness.mention("<@UBOT> Can I use Twitter at lunch?", "C1", "100.5");
    assertEquals(200, harness.event(mention, "EvRetry", Map.of()).statusCode());
    HttpResponse<String> retry =
        harness.event(
            mention,
            "EvRetry",
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    assertEquals(200, retry.statusCode());
    harness.channel.close(); // waits for every answer in flight
    assertEquals(1, harness.slack.calls("chat.postMessage").size(), harness.slack.toString());
  }

  @Test
  void request_with_a_wrong_signature_is_refused_with_401() throws Exception {
    HttpResponse<String> response =
        harness.send(
            "application/x-www-form-urlencoded",
            harness.commandBody(FRIEND_QUESTION, SlackHarness.STAFF),
            "not-the-secret",
            Instant.now().getEpochSecond(),
            Map.of());

    assertEquals(401, response.statusCode());
    harness.channel.close();
    assertTrue(harness.slack.replies().isEmpty(), harness.slack.toString());
  }

  @Test
  void request_signed_more_than_five_minutes_ago_is_refused_with_401() throws Exception {
    assertEquals(401, signedAt(Instant.now().getEpochSecond() - 301).statusCode());
  }

  @Test
  void request_dated_more_than_five_minutes_ahead_is_refused_with_401() throws Exception {
    assertEquals(401, signedAt(Instant.now().getEpochSecond() + 600).statusCode());
  }

  @Test
  void request_signed_a_minute_ago_is_accepted() throws Exception {
    assertEquals(200, signedAt(Instant.now().getEpochSecond() - 60).statusCode());
  }

  @Test
  void unhandled_event_type_is_acknowledged_and_not_answered() throws Exception {
    JsonObject reaction = new JsonObject();
    reaction.addProperty("type", "reaction_added");
    reaction.addProperty("user", SlackHarness.STAFF);
    reaction.addProperty("reaction", "thumbsup");
    reaction.addProperty("event_ts", "400.1");

    HttpResponse<String> response = harness.event(reaction, "EvReaction", Map.of());

    assertEquals(200, response.statusCode());
    harness.channel.close();
    assertTrue(harness.slack.replies().isEmpty(), harness.slack.toString());
  }

  @Test
  void edited_message_and_bot_message_are_acknowledged_and_not_answered() throws Exception {
    JsonObject edited = SlackHarness.directMessage(FRIEND_QUESTION);
    edited.addProperty("subtype", "message_changed");
    JsonObject fromBot = SlackHarness.directMessage(FRIEND_QUESTION);
    fromBot.addProperty("bot_id", "B2");
    JsonObject joined = SlackHarness.directMessage("joined");
    joined.addProperty("subtype", "channel_join");

    assertEquals(200, harness.event(edited, "EvEdit", Map.of()).statusCode());
    assertEquals(200, harness.event(fromBot, "EvBot", Map.of()).statusCode());
    assertEquals(200, harness.event(joined, "EvJoin", Map.of()).statusCode());
    harness.channel.close();
    assertTrue(harness.slack.replies().isEmpty(), harness.slack.toString());
  }

  @Test
  void question_with_a_channel_ping_and_markup_characters_comes_back_escaped() throws Exception {
    harness.command("Can I post <!channel> & tweet at lunch < 5 times?", SlackHarness.STAFF);

    String all = Sent.of(harness.slack.await("response_url")).all();
    assertTrue(all.contains("&lt;!channel&gt; &amp; tweet at lunch &lt; 5 times?"), all);
    assertFalse(all.contains("<!channel>"), all);
    assertFalse(all.contains("& tweet"), all);
  }

  @Test
  void formatting_marks_in_a_question_are_shown_as_typed_not_applied() throws Exception {
    harness.event(
        SlackHarness.directMessage("*URGENT* can I use ~twitter~ at `lunch`?"),
        "EvMarks",
        Map.of());

    String all = Sent.of(harness.slack.await("chat.postMessage")).all();
    assertTrue(all.contains("You asked: "), all);
    for (String applied : List.of("*URGENT*", "~twitter~", "`lunch`")) {
      assertFalse(all.contains(applied), "Slack would format " + applied + ": " + all);
    }
    assertTrue(all.contains("URGENT") && all.contains("twitter") && all.contains("lunch"), all);
  }

  @Test
  void slack_escaped_question_in_a_direct_message_is_escaped_exactly_once() throws Exception {
    // Slack sends what people type with &, < and > already escaped.
    harness.event(
        SlackHarness.directMessage("Can I post &lt;!channel&gt; &amp; tweet at lunch?"),
        "EvEscaped",
        Map.of());

    String all = Sent.of(harness.slack.await("chat.postMessage")).all();
    assertTrue(all.contains("You asked: Can I post &lt;!channel&gt; &amp; tweet at lunch?"), all);
    assertFalse(all.contains("&amp;lt;"), "escaped twice: " + all);
  }

  @Test
  void status_shows_an_hr_admin_publisher_overdue_review_and_refused_reload() throws Exception {
    // An answerer of its own, so the status state set up here reaches no other test.
    PolicyAnswerer answerer = TestAnswerers.fresh(AnswerSettings.defaults());
    PolicyLibrary library = answerer.library();
    Instant published = Instant.parse("2025-05-30T10:15:00Z");
    library.publish(
        library.current(),
        Map.of("social-media-policy", new Publication(published, "Alice <HR>")),
        new ReloadResult(
            Instant.parse("2025-05-31T08:00:00Z"),
            List.of(),
            List.of(),
            List.of(
                new ReloadResult.Problem(
                    "social-media-policy.md",
                    "social-media-policy",
                    "social-media-policy.md:40: clause 4.6 appears twice",
                    true))));
    Clock june2025 = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

    try (SlackHarness admin = new SlackHarness(answerer, june2025)) {
      HttpResponse<String> response = admin.command("status", SlackHarness.ADMIN);

      assertEquals(200, response.statusCode());
      Sent status = Sent.ofBody(response.body());
      assertEquals("ephemeral", status.field("response_type"));
      String all = status.all();
      assertTrue(all.contains("*Policy status*: 1 live policy, 1 overdue for review"), all);
      assertTrue(
          all.contains(
              "• *Social Media Policy* (social-media-policy): version V1.0, 27 clauses, published"
                  + " <!date^"
                  + published.getEpochSecond()
                  + "^{date_short_pretty} at {time}|2025-05-30 10:15 UTC> by Alice &lt;HR&gt;,"
                  + " review date February 2022 :warning: *overdue*"),
          all);
      assertTrue(all.contains(":x: 1 file refused, no policy changed"), all);
      assertTrue(
          all.contains(
              "• social-media-policy.md:40: clause 4.6 appears twice"
                  + " (the previous version is still answering)"),
          all);
    }
  }

  @Test
  void status_is_politely_refused_to_staff_who_are_not_hr_admins() throws Exception {
    HttpResponse<String> response = harness.command("status", SlackHarness.STAFF);

    assertEquals(200, response.statusCode());
    String all = Sent.ofBody(response.body()).all();
    assertTrue(all.startsWith("Sorry, policy status is only for HR admins"), all);
    assertFalse(all.contains("clauses"), all);
    assertFalse(all.contains("Social Media Policy"), all);
  }

  @Test
  void url_verification_echoes_the_challenge() throws Exception {
    HttpResponse<String> response =
        harness.send(
            "application/json",
            "{\"token\":\"legacy\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

    assertEquals(200, response.statusCode());
    assertEquals("c-123", response.body());
  }

  @Test
  void only_post_is_served() throws Exception {
    HttpResponse<String> response =
        harness
            .http()
            .send(
                java.net.http.HttpRequest.newBuilder(harness.endpoint()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(405, response.statusCode());
  }

  @Test
  void oversized_body_is_refused_before_it_is_read() throws Exception {
    // A raw socket sends only the headers: the answer must come without the body being read
    // (an HTTP client still writing a large body could see the reset before the 413).
    URI endpoint = harness.endpoint();
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(20_000);
      String head =
          "POST /slack/events HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: "
              + (HttpBridge.MAX_BODY_BYTES + 1)
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));

      assertEquals("HTTP/1.1 413 Request Entity Too Large", in.readLine());
    }
  }

  @Test
  void without_a_signing_secret_every_http_request_is_refused() throws Exception {
    try (SlackHarness socketOnly = new SlackHarness("", Optional.of("xapp-test"))) {
      assertEquals(401, socketOnly.command(FRIEND_QUESTION, SlackHarness.STAFF).statusCode());
    }
  }

  @Test
  void a_token_slack_rejects_fails_at_construction() throws Exception {
    try (SlackApiStub stub = new SlackApiStub()) {
      stub.rejectToken();
      SlackSettings settings =
          new SlackSettings("xoxb-bad", "secret", Optional.empty(), stub.apiUrl());

      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new SlackChannel(
                      settings, TestAnswerers.shared(), Set.of(), new AnswerLog(false)));
      assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
      assertTrue(e.getMessage().startsWith("Slack did not accept the bot token"), e.getMessage());
    }
  }

  @Test
  void an_unreachable_slack_is_not_reported_as_a_bad_token() throws Exception {
    URI closed;
    try (SlackApiStub stub = new SlackApiStub()) {
      closed = stub.apiUrl();
    }
    SlackSettings settings = new SlackSettings("xoxb-good", "secret", Optional.empty(), closed);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new SlackChannel(settings, TestAnswerers.shared(), Set.of(), new AnswerLog(false)));
    assertTrue(e.getMessage().startsWith("Could not reach Slack"), e.getMessage());
    assertFalse(e.getMessage().contains("did not accept"), e.getMessage());
  }

  private HttpResponse<String> signedAt(long timestamp) throws Exception {
    return harness.send(
        "application/x-www-form-urlencoded",
        harness.commandBody("status", SlackHarness.STAFF),
        SlackHarness.SECRET,
        timestamp,
        Map.of());
  }
}
