package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Found in review: POLICYBOT_LOG_LEVEL set the root level only, so DEBUG (the one knob an operator
 * has for troubleshooting) also turned on Bolt's and the Slack client's DEBUG lines, which print
 * every request and response body: the slash command's text ("text=my+private+question..."), the
 * "You asked: ..." reply and the response_url. Question text was then logged although
 * POLICYBOT_LOG_CHAT_QUESTIONS was false. logback.xml now keeps those loggers at INFO.
 */
class LoggingConfigTest {

  @Test
  void debug_logging_keeps_the_slack_sdk_request_body_loggers_quiet() throws Exception {
    LoggerContext context = new LoggerContext();
    context.putProperty("POLICYBOT_LOG_LEVEL", "DEBUG");
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL config = Main.class.getClassLoader().getResource("logback.xml");
    configurator.doConfigure(config);

    assertTrue(context.getLogger("org.policybot").isDebugEnabled());
    assertFalse(
        context.getLogger("com.slack.api.app_backend.SlackSignature$Verifier").isDebugEnabled(),
        "logs the raw request body, question included");
    assertFalse(
        context
            .getLogger("com.slack.api.util.http.listener.DetailedLoggingListener")
            .isDebugEnabled(),
        "logs every Web API and response_url body, the question echo included");
    context.stop();
  }
}
