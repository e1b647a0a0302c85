package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.adapters.TestAdapter;
import com.microsoft.bot.builder.adapters.TestFlow;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.RecentDeliveries;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.feedback.Ballots;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.core.testing.TestAnswerers;
import org.slf4j.LoggerFactory;

/** The bot's behaviour, turn by turn, with the SDK's in-memory TestAdapter. */
class PolicyTeamsBotTest {

  private static final String SERVICE_URL = "https://smba.example.invalid/emea/";
  private static final int REPLY_TIMEOUT_MS = 10_000;
  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  private static PolicyAnswerer answerer;
  private static ExecutorService searches;

  private final Locale originalLocale = Locale.getDefault();

  @BeforeAll
  static void startCore() {
    answerer = TestAnswerers.shared();
    searches =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("test-answer-", 0).factory());
  }

  @AfterAll
  static void stopCore() {
    searches.shutdownNow();
  }

  @AfterEach
  void restoreLocale() {
    // The SDK sets the JVM default locale from each activity; later tests must not inherit it.
    Locale.setDefault(originalLocale);
  }

  @Test
  void answers_a_personal_question_with_a_card_quoting_the_clause() {
    flow("personal", Set.of())
        .send(message("personal", "Can I use Twitter at lunch?"))
        .assertReply(
            card(
                card -> {
                  assertEquals("AdaptiveCard", card.path("type").asText());
                  assertTrue(
                      card.path("fallbackText").asText().contains(TestAnswerers.LUNCH_CLAUSE),
                      card.toString());
                }),
            "card",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void strips_the_mention_before_answering_in_a_channel() {
    Activity mention =
        TeamsActivities.toActivity(
            TeamsActivities.channelMention(SERVICE_URL, "7", "can I use twitter at lunch?"));
    flow("channel", Set.of())
        .send(mention)
        .assertReply(
            card(
                card ->
                    assertTrue(
                        card.path("fallbackText").asText().contains(TestAnswerers.LUNCH_CLAUSE))),
            "card",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
    assertEquals("can I use twitter at lunch?", mention.getText());
  }

  @Test
  void a_bare_mention_gets_the_usage_with_examples() {
    flow("channel", Set.of())
        .send(TeamsActivities.toActivity(TeamsActivities.channelMention(SERVICE_URL, "8", "")))
        .assertReply(usageReply(), "usage", REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void help_gets_the_usage_with_the_configured_examples() {
    flow("personal", Set.of())
        .send(message("personal", "help"))
        .assertReply(usageReply(), "usage", REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void says_not_covered_without_quoting_anything() {
    flow("personal", Set.of())
        .send(message("personal", "How many days of paternity leave do I get?"))
        .assertReply(
            reply -> {
              assertTrue(reply.getAttachments() == null || reply.getAttachments().isEmpty());
              assertTrue(reply.getText().contains("will not guess"), reply.getText());
              assertTrue(reply.getText().contains("your HR team"), reply.getText());
            },
            "not covered",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void thanks_get_a_short_reply_without_a_card() {
    flow("personal", Set.of())
        .send(message("personal", "thanks, that's really helpful!"))
        .assertReply(
            reply -> {
              assertTrue(reply.getAttachments() == null || reply.getAttachments().isEmpty());
              assertTrue(reply.getText().startsWith("You're welcome"), reply.getText());
            },
            "acknowledged",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void welcomes_the_user_when_added_to_a_personal_chat() {
    flow("personal", Set.of())
        .send(TeamsActivities.toActivity(TeamsActivities.botAdded(SERVICE_URL, "personal")))
        .assertReply(
            reply -> {
              assertTrue(reply.getText().startsWith("Hello!"), reply.getText());
              assertTrue(reply.getText().contains("Can I use Twitter at lunch?"), reply.getText());
            },
            "welcome",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void does_not_greet_a_whole_team_when_added_to_a_channel() {
    flow("channel", Set.of())
        .send(TeamsActivities.toActivity(TeamsActivities.botAdded(SERVICE_URL, "channel")))
        .send(TeamsActivities.toActivity(TeamsActivities.channelMention(SERVICE_URL, "9", "help")))
        // The first reply is the usage asked for, so no welcome was sent before it.
        .assertReply(
            reply -> assertFalse(reply.getText().startsWith("Hello!"), reply.getText()),
            "usage, not a welcome",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void shows_hr_admins_the_publisher_an_overdue_review_and_a_refused_reload() {
    // An answerer of its own, so the status state set up here reaches no other test.
    PolicyAnswerer own = TestAnswerers.fresh(AnswerSettings.defaults());
    PolicyLibrary library = own.library();
    library.publish(
        library.current(),
        Map.of(
            "social-media-policy",
            new Publication(Instant.parse("2025-05-30T10:15:00Z"), "Alice *HR*")),
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

    flow("personal", Set.of(TeamsActivities.USER_AAD_ID.toUpperCase(Locale.ROOT)), own)
        .send(message("personal", "Status"))
        .assertReply(
            reply -> {
              String text = reply.getText();
              assertTrue(
                  text.startsWith("**Policy status: 1 live policy, 1 overdue for review**"), text);
              assertTrue(
                  text.contains(
                      "- **Social Media Policy** (social-media-policy): version V1.0, 27 clauses,"
                          + " published 2025-05-30 10:15 UTC by Alice \\*HR\\*,"
                          + " review date February 2022 ⚠️ **OVERDUE**"),
                  text);
              assertTrue(
                  text.contains(
                      "**Last reload** 2025-05-31 08:00 UTC:"
                          + " ❌ 1 file refused, no policy changed"),
                  text);
              assertTrue(
                  text.contains(
                      "- social-media-policy.md:40: clause 4.6 appears twice"
                          + " (the previous version is still answering)"),
                  text);
            },
            "status",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void status_in_a_channel_is_sent_to_no_one_not_even_an_hr_admin() {
    flow("channel", Set.of(TeamsActivities.USER_AAD_ID))
        .send(message("channel", "status"))
        .assertReply(
            reply -> {
              assertEquals(AdminStatus.PERSONAL_ONLY, reply.getText());
              assertFalse(reply.getText().contains("Social Media Policy"));
            },
            "personal chat only",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void refuses_status_to_staff_who_are_not_hr_admins() {
    flow("personal", Set.of("someone-else"))
        .send(message("personal", "status"))
        .assertReply(
            reply -> {
              assertEquals(AdminStatus.refusal(), reply.getText());
              assertFalse(reply.getText().contains("Social Media Policy"));
            },
            "refusal",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void acknowledges_and_records_a_helpful_vote_without_the_question() {
    Logger feedbackLog = (Logger) LoggerFactory.getLogger("policybot.feedback");
    ListAppender<ILoggingEvent> recorded = new ListAppender<>();
    recorded.start();
    feedbackLog.addAppender(recorded);
    try {
      ObjectNode vote =
          new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", false).toSubmitData();
      Ballots ballots = new Ballots();
      ballots.sent("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)");
      flow("personal", Set.of(), answerer, ballots)
          .send(TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, vote)))
          .assertReply(
              reply -> assertTrue(reply.getText().startsWith("Thanks"), reply.getText()),
              "thanks",
              REPLY_TIMEOUT_MS)
          .startTest()
          .join();
    } finally {
      feedbackLog.detachAppender(recorded);
    }
    assertEquals(1, recorded.list.size());
    ILoggingEvent event = recorded.list.get(0);
    Map<String, Object> pairs =
        event.getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, p -> p.value));
    assertEquals(
        Map.of(
            "channel", "teams",
            "answer_id", "1a2b3c4d-5e6f",
            "policy", "social-media-policy",
            "clause", "4.8(b)",
            "verdict", "not_helpful"),
        pairs);
    assertTrue(event.getFormattedMessage().contains("verdict=not_helpful"));
  }

  /**
   * A card's vote counts once per person, and a payload naming an answer or clause the bot never
   * sent is not counted: Action.Submit data comes back from the Teams client, which can send any.
   */
  @Test
  void a_vote_counts_once_and_only_on_an_answer_the_bot_sent() {
    Logger feedbackLog = (Logger) LoggerFactory.getLogger("policybot.feedback");
    ListAppender<ILoggingEvent> recorded = new ListAppender<>();
    recorded.start();
    feedbackLog.addAppender(recorded);
    Activity vote = TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, null));
    Activity again = TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, null));
    again.setId("1714557601000");
    ObjectNode forgedData =
        new Feedback("never-sent-1", "social-media-policy", "4.8(b)", false).toSubmitData();
    Activity forged = TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, forgedData));
    forged.setId("1714557602000");
    try {
      flow("personal", Set.of())
          .send(message("personal", "Can I use Twitter at lunch?"))
          .assertReply(
              reply -> {
                // The card's own "Not helpful" data, as the Teams client would send it back.
                JsonNode data =
                    Serialization.objectToTree(reply.getAttachments().get(0).getContent())
                        .findValues("data")
                        .stream()
                        .filter(d -> d.path("verdict").asText().equals(Feedback.NOT_HELPFUL))
                        .findFirst()
                        .orElseThrow();
                vote.setValue(data);
                again.setValue(data);
              },
              "card",
              REPLY_TIMEOUT_MS)
          .send(vote)
          .assertReply(
              reply -> assertTrue(reply.getText().startsWith("Thanks"), reply.getText()),
              "counted",
              REPLY_TIMEOUT_MS)
          .send(again)
          .assertReply(
              reply -> assertTrue(reply.getText().startsWith("You have already"), reply.getText()),
              "already counted",
              REPLY_TIMEOUT_MS)
          .send(forged)
          .assertReply(
              reply ->
                  assertTrue(reply.getText().startsWith("Sorry, I can no longer"), reply.getText()),
              "not counted",
              REPLY_TIMEOUT_MS)
          .startTest()
          .join();
    } finally {
      feedbackLog.detachAppender(recorded);
    }
    assertEquals(1, recorded.list.size(), recorded.list.toString());
    assertTrue(recorded.list.get(0).getFormattedMessage().contains("verdict=not_helpful"));
  }

  @Test
  void not_helpful_points_to_the_configured_hr_contact() {
    AnswerSettings settings =
        new AnswerSettings(
            URI.create("http://localhost:8080"),
            "Pat_in_HR (hr@school.example)",
            AnswerSettings.DEFAULT_EXAMPLES);
    PolicyAnswerer own = TestAnswerers.fresh(settings);
    ObjectNode vote =
        new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", false).toSubmitData();
    Ballots ballots = new Ballots();
    ballots.sent("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)");
    flow("personal", Set.of(), own, ballots)
        .send(TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, vote)))
        .assertReply(
            reply ->
                assertTrue(
                    reply.getText().endsWith("please ask Pat\\_in\\_HR (hr@school.example)."),
                    reply.getText()),
            "thanks",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void ignores_a_submission_that_is_not_a_vote() {
    ObjectNode forged =
        new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", true)
            .toSubmitData()
            .put("clause", "4.8(b)\nanswer_id=forged");
    flow("personal", Set.of())
        .send(TeamsActivities.toActivity(TeamsActivities.submit(SERVICE_URL, forged)))
        .assertReply(
            reply -> assertTrue(reply.getText().contains("did not understand"), reply.getText()),
            "refusal",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void a_turkish_turn_does_not_change_how_the_next_english_question_is_answered() {
    Activity turkish = message("personal", "Merhaba");
    turkish.setLocale("tr-TR");
    // Without a locale of its own the next turn runs under whatever the last one set.
    Activity english = message("personal", "CAN I USE TWITTER AT LUNCH?");
    english.setLocale(null);
    flow("personal", Set.of())
        .send(turkish)
        .assertReply(reply -> {}, "reply to the Turkish greeting", REPLY_TIMEOUT_MS)
        .send(english)
        .assertReply(
            card(
                card -> {
                  assertEquals("tr", Locale.getDefault().getLanguage(), "the SDK's locale leaked");
                  assertTrue(
                      card.path("fallbackText").asText().contains(TestAnswerers.LUNCH_CLAUSE),
                      card.path("fallbackText").asText());
                }),
            "card for 4.8(b)",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void an_english_question_from_a_turkish_client_is_answered_from_the_right_clause() {
    Activity english = message("personal", "CAN I USE TWITTER AT LUNCH?");
    english.setLocale("tr-TR");
    flow("personal", Set.of())
        .send(english)
        .assertReply(
            card(
                card ->
                    assertTrue(
                        card.path("fallbackText").asText().contains(TestAnswerers.LUNCH_CLAUSE),
                        card.path("fallbackText").asText())),
            "card for 4.8(b)",
            REPLY_TIMEOUT_MS)
        .startTest()
        .join();
  }

  @Test
  void question_text_drops_the_bot_mention_even_when_its_name_is_not_a_valid_regex() {
    ObjectNode json = TeamsActivities.channelMention(SERVICE_URL, "10", "can I post?");
    String oddName = "<at>HR (policies</at>";
    json.put("text", oddName + " can I post?");
    ((ObjectNode) json.path("entities").get(0)).put("text", oddName);
    assertEquals("can I post?", PolicyTeamsBot.questionText(TeamsActivities.toActivity(json)));
  }

  @Test
  void question_text_keeps_other_peoples_names_without_their_tags() {
    ObjectNode json =
        TeamsActivities.channelMention(SERVICE_URL, "11", "can <at>Jo Smith</at> post photos?");
    assertEquals(
        "can Jo Smith post photos?", PolicyTeamsBot.questionText(TeamsActivities.toActivity(json)));
  }

  private static Consumer<Activity> usageReply() {
    return reply -> {
      assertTrue(reply.getText().contains("Ask me a question"), reply.getText());
      for (String example : List.of("Can I use Twitter at lunch?", "friend request")) {
        assertTrue(reply.getText().contains(example), reply.getText());
      }
    };
  }

  /** Checks a reply is exactly one Adaptive Card, then checks the card. */
  private static Consumer<Activity> card(Consumer<JsonNode> check) {
    return reply -> {
      assertNull(reply.getText(), "an answer is a card only");
      assertEquals(1, reply.getAttachments().size());
      assertEquals(AnswerCard.CONTENT_TYPE, reply.getAttachments().get(0).getContentType());
      check.accept(Serialization.objectToTree(reply.getAttachments().get(0).getContent()));
    };
  }

  private static Activity message(String conversationType, String text) {
    return TeamsActivities.toActivity(TeamsActivities.personal(SERVICE_URL, "0", text));
  }

  private static TestFlow flow(String conversationType, Set<String> admins) {
    return flow(conversationType, admins, answerer);
  }

  private static TestFlow flow(
      String conversationType, Set<String> admins, PolicyAnswerer answerer) {
    return flow(conversationType, admins, answerer, new Ballots());
  }

  /** A flow whose status reports are taken on 1 June 2025. */
  private static TestFlow flow(
      String conversationType, Set<String> admins, PolicyAnswerer answerer, Ballots ballots) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId("msteams");
    reference.setServiceUrl(SERVICE_URL);
    ConversationAccount conversation = new ConversationAccount();
    conversation.setId(
        conversationType.equals("personal")
            ? TeamsActivities.PERSONAL_CONVERSATION
            : TeamsActivities.CHANNEL_CONVERSATION);
    conversation.setConversationType(conversationType);
    reference.setConversation(conversation);
    reference.setUser(new ChannelAccount("29:1user-teams-id", "Sam Teacher"));
    reference.setBot(new ChannelAccount(TeamsActivities.BOT_ID, TeamsActivities.BOT_NAME));
    PolicyTeamsBot bot =
        new PolicyTeamsBot(
            answerer,
            new AdminStatus(admins, answerer.library(), JUNE_2025),
            new AnswerLog(false),
            searches,
            new RecentDeliveries(Clock.systemUTC()),
            new TrustedSource(false, Optional.empty()),
            ballots);
    return new TestFlow(new TestAdapter(reference), bot::onTurn);
  }
}
