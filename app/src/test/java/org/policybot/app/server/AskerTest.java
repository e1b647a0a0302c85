package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.app.config.Settings;
import org.policybot.core.feedback.AnswerLog;
import org.slf4j.LoggerFactory;

class AskerTest {

  private static final String PERSONAL = "Can I befriend my ex-pupil Jamie Smith on Facebook?";

  private final Logger logger = (Logger) LoggerFactory.getLogger("org.policybot.questions");
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

  private static Asker asker(boolean logQuestions) {
    Settings settings =
        TestServers.settings(Map.of(Settings.LOG_QUESTIONS, Boolean.toString(logQuestions)));
    return new Asker(
        TestServers.answerer(settings, Optional.empty()), new AnswerLog(settings.logQuestions()));
  }

  @Test
  void never_logs_question_text_unless_configured_even_at_debug() {
    asker(false).answer(PERSONAL, "api");
    assertEquals(1, events.list.size());
    ILoggingEvent e = events.list.get(0);
    assertEquals(Level.DEBUG, e.getLevel());
    assertFalse(e.getFormattedMessage().contains("Jamie"), e.getFormattedMessage());
    assertTrue(e.getFormattedMessage().contains("4.6(c)"), e.getFormattedMessage());
  }

  @Test
  void logs_question_text_at_info_when_configured() {
    asker(true).answer(PERSONAL, "api");
    assertEquals(1, events.list.size());
    assertEquals(Level.INFO, events.list.get(0).getLevel());
    assertTrue(events.list.get(0).getFormattedMessage().contains(PERSONAL));
  }
}
