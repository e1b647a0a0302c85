package org.policybot.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BallotsTest {

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(FeedbackLog.LOGGER_NAME);

  private Level level;

  @BeforeEach
  void listen() {
    // The tests' logback configuration keeps INFO out; votes are logged at INFO.
    level = logger.getLevel();
    logger.setLevel(Level.INFO);
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(log);
    logger.setLevel(level);
  }

  private static Vote vote(String channel, String answer, String clause, Verdict verdict) {
    return new Vote(channel, answer, "social-media-policy", clause, verdict);
  }

  @Test
  void each_person_counts_once_per_answer() {
    Ballots ballots = new Ballots();
    ballots.sent("a1", "social-media-policy", "4.6(c)");

    assertEquals(
        Ballots.Outcome.COUNTED,
        ballots.cast("U1", vote("slack", "a1", "4.6(c)", Verdict.NOT_HELPFUL)));
    assertEquals(
        Ballots.Outcome.ALREADY_COUNTED,
        ballots.cast("U1", vote("slack", "a1", "4.6(c)", Verdict.HELPFUL)));
    assertEquals(
        Ballots.Outcome.COUNTED,
        ballots.cast("U2", vote("slack", "a1", "4.6(c)", Verdict.HELPFUL)));
    assertEquals(2, log.list.size());
  }

  @Test
  void a_vote_on_an_answer_or_clause_never_sent_is_not_counted() {
    Ballots ballots = new Ballots();
    ballots.sent("a1", "social-media-policy", "4.6(c)");

    assertEquals(
        Ballots.Outcome.UNKNOWN_ANSWER,
        ballots.cast("U1", vote("teams", "a1", "9.9", Verdict.NOT_HELPFUL)));
    assertEquals(
        Ballots.Outcome.UNKNOWN_ANSWER,
        ballots.cast("U1", vote("teams", "a2", "4.6(c)", Verdict.NOT_HELPFUL)));
    assertEquals(
        Ballots.Outcome.UNKNOWN_ANSWER,
        ballots.cast(
            "U1", new Vote("teams", "a1", "conduct-policy", "4.6(c)", Verdict.NOT_HELPFUL)));
    assertEquals(0, log.list.size());
  }

  @Test
  void only_the_latest_answers_are_remembered() {
    Ballots ballots = new Ballots(2);
    ballots.sent("a1", "social-media-policy", "1.1");
    ballots.sent("a2", "social-media-policy", "1.2");
    ballots.sent("a3", "social-media-policy", "1.3");

    assertEquals(
        Ballots.Outcome.UNKNOWN_ANSWER,
        ballots.cast("U1", vote("slack", "a1", "1.1", Verdict.HELPFUL)));
    assertEquals(
        Ballots.Outcome.COUNTED, ballots.cast("U1", vote("slack", "a3", "1.3", Verdict.HELPFUL)));
  }

  @Test
  void sending_an_answer_again_keeps_its_votes() {
    Ballots ballots = new Ballots();
    ballots.sent("a1", "social-media-policy", "4.6(c)");
    ballots.cast("U1", vote("slack", "a1", "4.6(c)", Verdict.HELPFUL));
    ballots.sent("a1", "social-media-policy", "4.6(c)");

    assertEquals(
        Ballots.Outcome.ALREADY_COUNTED,
        ballots.cast("U1", vote("slack", "a1", "4.6(c)", Verdict.HELPFUL)));
  }
}
