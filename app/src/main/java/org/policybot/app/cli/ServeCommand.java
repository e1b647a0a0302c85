package org.policybot.app.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policybot.app.config.Settings;
import org.policybot.app.reload.PolicyReloader;
import org.policybot.app.server.PolicyServer;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.index.search.PolicyIndex;
import org.policybot.slack.SlackChannel;
import org.policybot.slack.SlackSettings;
import org.policybot.teams.TeamsChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code policybot serve}: the HTTP server with the policy pages, the ask page, {@code /api/ask}
 * and health checks, until SIGTERM or Ctrl-C, which drain requests in flight before exiting.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the ask page, the policy pages and the JSON API.",
      "Serves / (the ask page), /policies, /api/ask, /healthz and /readyz, and the Slack and"
          + " Teams endpoints when configured. Listens on $PORT (default 8080) at"
          + " $POLICYBOT_BIND_ADDRESS (default 0.0.0.0)."
    })
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  private final Settings settings;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  public ServeCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws Exception {
    PolicyAnswerer answerer = policyOptions.answerer(settings);
    PolicyServer server = PolicyServer.start(settings, answerer);
    // HR edits and publishes in the policies folder go live within 2 seconds.
    Optional<PolicyReloader> reloader =
        PolicyFolder.configured(policyOptions, settings)
            .map(dir -> PolicyReloader.start(dir, answerer.library(), Clock.systemUTC()));
    Set<String> admins = Set.copyOf(settings.admins());
    // The chat channels' log: question text only with its own consent (the server's page and API
    // have theirs).
    AnswerLog answerLog = new AnswerLog(settings.logChatQuestions());
    Optional<TeamsChannel> teams =
        settings.teams().map(t -> new TeamsChannel(t, answerer, admins, answerLog));
    teams.ifPresent(t -> server.mount("/api/messages", t.httpHandler()));
    Optional<SlackChannel> slack =
        settings.slack().map(s -> new SlackChannel(s, answerer, admins, answerLog));
    slack.ifPresent(s -> server.mount("/slack/events", s.httpHandler()));
    if (settings.slack().flatMap(SlackSettings::appToken).isPresent()) {
      slack.orElseThrow().startSocketMode();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C run shutdown hooks; the server stops taking connections and lets
    // requests in flight finish (bounded) before the JVM exits.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  reloader.ifPresent(PolicyReloader::close);
                  server.close();
                  teams.ifPresent(TeamsChannel::close);
                  slack.ifPresent(SlackChannel::close);
                  stopped.countDown();
                },
                "policybot-shutdown"));
    PolicyIndex index = answerer.library().current();
    LOG.info(
        "serving {} policies ({} clauses) on http://{}:{}/ (links use {})",
        index.policies().size(),
        index.clauseCount(),
        settings.bindAddress(),
        server.port(),
        settings.baseUrl());
    teams.ifPresent(t -> LOG.info("Teams endpoint mounted at /api/messages"));
    slack.ifPresent(s -> LOG.info("Slack endpoint mounted at /slack/events"));
    if (settings.logQuestions()) {
      LOG.info("question text of the ask page and API is logged ({}=true)", Settings.LOG_QUESTIONS);
    }
    if (settings.logChatQuestions()) {
      LOG.info("question text of Slack and Teams is logged ({}=true)", Settings.LOG_CHAT_QUESTIONS);
    }
    stopped.await();
    return 0;
  }
}
