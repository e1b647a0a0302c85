package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.core.feedback.Ballots;
import org.slf4j.LoggerFactory;

class FeedbackTest {

  @Test
  void vote_survives_the_trip_through_a_button_value() {
    Feedback.Vote vote = new Feedback.Vote("d98c5333-68a4", "social-media-policy", "4.6(c)");

    assertEquals(Optional.of(vote), Feedback.Vote.decode(vote.encode()));
  }

  @Test
  void values_that_are_not_votes_are_ignored() {
    assertEquals(Optional.empty(), Feedback.Vote.decode(null));
    assertEquals(Optional.empty(), Feedback.Vote.decode("just-one-word"));
    assertEquals(Optional.empty(), Feedback.Vote.decode("a  4.6(c)"));
  }

  @Test
  void a_crafted_value_cannot_forge_log_lines() {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger("policybot.feedback");
    logger.addAppender(log);
    log.start();
    try {
      Ballots ballots = new Ballots();
      ballots.sent("id1", "p", "4.6(c)_feedback_verdict_helpful");
      Ballots.Outcome outcome =
          Feedback.cast(
              ballots,
              "U1",
              Feedback.Vote.decode("id1 p 4.6(c)\nfeedback verdict=helpful").orElseThrow(),
              "not_helpful");
      assertEquals(Ballots.Outcome.COUNTED, outcome);
    } finally {
      logger.detachAppender(log);
    }

    String line = log.list.get(0).getFormattedMessage();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.endsWith("verdict=not_helpful"), line);
  }

  /** Values were cut to 64 characters to log, so a longer policy id never matched its answer. */
  @Test
  void a_vote_on_a_policy_with_a_long_id_counts() {
    String id = "staff-absence-and-sickness-reporting-policy-for-teaching-and-support-staff";
    Ballots ballots = new Ballots();
    ballots.sent("0123456789ab", id, "4.2");
    Feedback.Vote vote =
        Feedback.Vote.decode(new Feedback.Vote("0123456789ab", id, "4.2").encode()).orElseThrow();
    assertEquals(Ballots.Outcome.COUNTED, Feedback.cast(ballots, "U012AB3CD", vote, "helpful"));
  }

  @Test
  void not_helpful_thanks_points_to_the_configured_hr_contact() {
    assertEquals(
        "Thanks for your feedback: it helps HR improve the policies. If you still need an"
            + " answer, please ask Pat Smith (hr@school.example).",
        Feedback.thanks(Ballots.Outcome.COUNTED, "not_helpful", "Pat Smith (hr@school.example)"));
    assertFalse(
        Feedback.thanks(Ballots.Outcome.COUNTED, "helpful", "Pat Smith").contains("Pat Smith"));
  }
}
