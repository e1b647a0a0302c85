package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.testing.TestAnswerers;
import org.slf4j.LoggerFactory;

class TeamsChannelTest {

  @Test
  void warns_loudly_when_authentication_is_off() {
    List<ILoggingEvent> warnings =
        warningsWhileCreating(new TeamsSettings("", "", Optional.empty(), true, Optional.empty()));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).getFormattedMessage().contains("AUTHENTICATION IS DISABLED"));
  }

  @Test
  void says_nothing_about_auth_when_credentials_are_set() {
    List<ILoggingEvent> warnings =
        warningsWhileCreating(
            new TeamsSettings("app", "pw", Optional.of("tenant"), false, Optional.empty()));
    assertEquals(List.of(), warnings);
  }

  /** Before, start-up was clean and every reply failed later with AADSTS700016. */
  @Test
  void warns_when_credentials_come_without_a_tenant() {
    List<ILoggingEvent> warnings =
        warningsWhileCreating(
            new TeamsSettings("app", "pw", Optional.empty(), false, Optional.empty()));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).getFormattedMessage().contains("MICROSOFT_APP_TENANT_ID is not set"));
  }

  private static List<ILoggingEvent> warningsWhileCreating(TeamsSettings settings) {
    Logger log = (Logger) LoggerFactory.getLogger(TeamsChannel.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    log.addAppender(appender);
    try (TeamsChannel channel =
        new TeamsChannel(settings, TestAnswerers.shared(), Set.of(), new AnswerLog(false))) {
      assertTrue(channel.httpHandler() != null);
    } finally {
      log.detachAppender(appender);
    }
    return appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
  }
}
