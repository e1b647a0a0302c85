package org.policybot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.feedback.Ballots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PolicyBot in Slack: staff ask with {@code /policy}, an @mention or a direct message and get the
 * quoted clause with its link. Serve {@link #httpHandler()} at {@code /slack/events}, or call
 * {@link #startSocketMode()} where Slack cannot reach the server. Construction checks the bot token
 * with Slack's {@code auth.test}, so a wrong token fails at startup.
 *
 * <p>Thread-safe. {@link #close()} stops Socket Mode and waits briefly for answers in flight.
 */
public final class SlackChannel implements AutoCloseable {

  /** Answers still being written when the server stops get this long to reach Slack. */
  static final Duration DRAIN = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(SlackChannel.class);

  private final SlackSettings settings;
  private final App app;
  private final ExecutorService answers;
  private final HttpBridge bridge;
  private final Object socketLock = new Object();
  private SocketModeApp socketMode; // guarded by socketLock
  private boolean closed; // guarded by socketLock

  /**
   * Connects PolicyBot to Slack.
   *
   * @param settings tokens and the Web API address
   * @param answerer the core that answers questions
   * @param admins Slack user ids allowed {@code /policy status}
   * @param log where answers are noted (with question text only if the operator opted in)
   * @throws IllegalStateException if Slack rejects the bot token or cannot be reached
   */
  public SlackChannel(
      SlackSettings settings, PolicyAnswerer answerer, Set<String> admins, AnswerLog log) {
    this(settings, answerer, admins, log, Clock.systemUTC());
  }

  /**
   * For tests: a channel whose {@code /policy status} reports are taken by this clock. Request
   * signatures and duplicate deliveries are always checked against the system clock.
   */
  SlackChannel(
      SlackSettings settings,
      PolicyAnswerer answerer,
      Set<String> admins,
      AnswerLog log,
      Clock statusClock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(answerer, "answerer");
    Set<String> adminIds = Set.copyOf(admins);
    this.answers =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-answer-", 0).factory());
    this.app = new App(BoltSetup.appConfig(settings, new VirtualThreads()));
    Ballots ballots = new Ballots();
    AnswerRenderer renderer = new AnswerRenderer(ballots);
    StatusReport status = new StatusReport(answerer.library(), statusClock);
    Questions questions = new Questions(answerer, log);
    new CommandListener(questions, renderer, status, adminIds, answers).register(app);
    new MessageListeners(questions, renderer, answers).register(app);
    new FeedbackListener(ballots, answers, answerer.settings().hrContact()).register(app);
    try {
      // The first middleware registration builds Bolt's defaults, which call auth.test.
      app.use(new DuplicateDeliveries(Clock.systemUTC()));
    } catch (RuntimeException e) {
      shutdownExecutors();
      throw e instanceof IllegalArgumentException ? tokenCheckFailed(e) : e;
    }
    RequestSignature signature = new RequestSignature(settings.signingSecret(), Clock.systemUTC());
    if (!signature.configured()) {
      LOG.warn("No Slack signing secret: /slack/events refuses every HTTP request");
    }
    this.bridge = new HttpBridge(app, signature);
  }

  /**
   * Bolt reports a rejected token and an unreachable Slack alike, as "The token is invalid"; only
   * Slack's own answer says "auth.test error". An operator told a good token is bad would rotate it
   * instead of fixing the network or proxy.
   */
  private static IllegalStateException tokenCheckFailed(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("auth.test error")
        ? new IllegalStateException("Slack did not accept the bot token: " + message, e)
        : new IllegalStateException(
            "Could not reach Slack to check the bot token (is slack.com reachable from this"
                + " machine, or is a proxy needed?): "
                + message.replace("The token is invalid ", ""),
            e);
  }

  /**
   * The handler for Slack's HTTP requests (slash commands, events and button clicks), to mount at
   * {@code /slack/events}. It checks the signature and a five-minute timestamp window before
   * anything else, and acknowledges within Slack's 3 seconds.
   */
  public HttpHandler httpHandler() {
    return bridge;
  }

  /**
   * Connects to Slack over Socket Mode with the app-level token and returns once connected; the
   * connection then runs in the background until {@link #close()}. Calling it again does nothing.
   *
   * @throws IllegalStateException if no app token is configured or the channel is closed
   * @throws IOException if Slack cannot be reached
   */
  public void startSocketMode() throws IOException {
    String appToken =
        settings
            .appToken()
            .orElseThrow(
                () -> new IllegalStateException("Socket Mode needs an app-level token (xapp-...)"));
    synchronized (socketLock) {
      if (closed) {
        throw new IllegalStateException("the Slack channel is closed");
      }
      if (socketMode != null) {
        return;
      }
      SocketModeApp started = new SocketModeApp(appToken, app);
      try {
        // start() would block this thread forever (java-slack-sdk #861).
        started.startAsync();
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException("Socket Mode did not start: " + e.getMessage(), e);
      }
      socketMode = started;
      LOG.info("Slack Socket Mode connected");
    }
  }

  /** Stops Socket Mode, then gives answers in flight {@link #DRAIN} to reach Slack. */
  @Override
  public void close() {
    synchronized (socketLock) {
      if (closed) {
        return;
      }
      closed = true;
      if (socketMode != null) {
        try {
          socketMode.close();
        } catch (Exception e) {
          LOG.warn("Socket Mode did not close cleanly: {}", e.toString());
        }
        socketMode = null;
      }
    }
    answers.shutdown();
    try {
      if (!answers.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Slack answers still running after {}; abandoning them", DRAIN);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shutdownExecutors();
    app.stop();
  }

  /** The Bolt app, for tests that drive it without HTTP (Socket Mode parsing). */
  App app() {
    return app;
  }

  private void shutdownExecutors() {
    answers.shutdownNow();
    app.executorService().shutdownNow();
    try {
      app.slack().close();
    } catch (Exception e) {
      LOG.debug("Slack client did not close cleanly: {}", e.toString());
    }
  }
}
