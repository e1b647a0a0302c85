package org.policybot.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.testing.TestAnswerers;
import org.slf4j.LoggerFactory;

class AnswerLogTest {

  private static final String PERSONAL = "Can I befriend my ex-pupil Jamie Smith on Facebook?";

  private final Logger logger = (Logger) LoggerFactory.getLogger(AnswerLog.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level before;

  @BeforeEach
  void capture() {
    before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void release() {
    logger.detachAppender(events);
    logger.setLevel(before);
  }

  private static Answer ask(String question) {
    return TestAnswerers.shared().answer(question);
  }

  private List<String> lines() {
    return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void without_the_operators_consent_the_question_is_never_written_even_at_debug() {
    Answer a = ask(PERSONAL);
    new AnswerLog(false).record(a, "teams");
    assertEquals(1, events.list.size());
    assertEquals(Level.DEBUG, events.list.get(0).getLevel());
    String line = lines().get(0);
    assertFalse(line.contains("Jamie"), line);
    assertEquals("teams answer " + a.id() + " answered social-media-policy 4.6(c)", line);
  }

  @Test
  void with_consent_the_line_carries_channel_id_status_clause_and_question() {
    Answer a = ask(PERSONAL);
    new AnswerLog(true).record(a, "slack-command");
    assertEquals(Level.INFO, events.list.get(0).getLevel());
    assertEquals(
        "slack-command answer "
            + a.id()
            + " answered social-media-policy 4.6(c) q=\""
            + PERSONAL
            + "\"",
        lines().get(0));
  }

  @Test
  void an_unanswered_question_has_no_clause() {
    Answer a = ask("What's on the lunch menu?");
    assertEquals(AnswerStatus.NOT_COVERED, a.status());
    new AnswerLog(true).record(a, "api");
    assertEquals(
        "api answer " + a.id() + " not_covered - q=\"What's on the lunch menu?\"", lines().get(0));
  }

  @Test
  void quotes_backslashes_and_line_separators_cannot_end_the_field_or_the_line() {
    String hostile = "x\" q=\"forged\\ \u2028INFO api answer 1 not_covered - q=\"y";
    Answer a = ask(hostile);
    new AnswerLog(true).record(a, "api");
    String line = lines().get(0);
    assertFalse(line.contains("\u2028"), line);
    assertTrue(line.endsWith("q=\\\"y\""), line);
    // Read back, it is one question, as asked (the separator is a space, collapsed with the one
    // before it).
    List<LoggedQuestion> read = AnswerLogReader.toLearnFrom(lines());
    assertEquals(1, read.size(), read.toString());
    assertEquals(hostile.replace(" \u2028", " "), read.get(0).question());
  }
}
