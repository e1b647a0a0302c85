package org.policybot.teams;

import com.sun.net.httpserver.HttpHandler;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.RecentDeliveries;
import org.policybot.core.feedback.AnswerLog;
import org.policybot.core.feedback.Ballots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Microsoft Teams channel: the one public entry point of this module. Mount {@link
 * #httpHandler()} at {@code /api/messages}; staff then ask in a personal chat or by @mentioning the
 * bot, and get the quoted clause as an Adaptive Card. No Bot Framework type appears in this API, so
 * the retired SDK behind it can be replaced without touching callers.
 *
 * <p>Thread-safe. Close it when the server stops, to end the search threads.
 */
public final class TeamsChannel implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TeamsChannel.class);

  private final ExecutorService searches;
  private final MessagesHandler handler;

  /**
   * Creates the channel.
   *
   * @param settings credentials and auth mode; with {@code authDisabled} and no credentials every
   *     request is accepted, so bind the server to loopback
   * @param answerer the core that answers questions
   * @param hrAdmins AAD object ids of the HR admins allowed the {@code status} command
   * @param log where answers are noted (with question text only if the operator opted in)
   */
  public TeamsChannel(
      TeamsSettings settings, PolicyAnswerer answerer, Set<String> hrAdmins, AnswerLog log) {
    this(settings, new TeamsAdapter(settings), answerer, hrAdmins, log);
  }

  /** For tests: an adapter whose outbound credentials are replaced. */
  TeamsChannel(
      TeamsSettings settings,
      TeamsAdapter adapter,
      PolicyAnswerer answerer,
      Set<String> hrAdmins,
      AnswerLog log) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(answerer, "answerer");
    Objects.requireNonNull(hrAdmins, "hrAdmins");
    warnAboutAuth(settings);
    this.searches =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("teams-answer-", 0).factory());
    // UTC, as the app's reloader uses: the day a review falls overdue is the same in both.
    AdminStatus status = new AdminStatus(hrAdmins, answerer.library(), Clock.systemUTC());
    this.handler =
        new MessagesHandler(
            adapter,
            new PolicyTeamsBot(
                answerer,
                status,
                log,
                searches,
                new RecentDeliveries(Clock.systemUTC()),
                TrustedSource.of(settings),
                new Ballots()));
  }

  /** The handler for {@code POST /api/messages}, where Azure Bot Service delivers activities. */
  public HttpHandler httpHandler() {
    return handler;
  }

  /** Stops the search threads, letting questions in flight finish for a few seconds. */
  @Override
  public void close() {
    searches.shutdown();
    try {
      if (!searches.awaitTermination(5, TimeUnit.SECONDS)) {
        searches.shutdownNow();
      }
    } catch (InterruptedException e) {
      searches.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static void warnAboutAuth(TeamsSettings settings) {
    if (!settings.authenticates()) {
      LOG.warn(
          "!!! TEAMS AUTHENTICATION IS DISABLED (TEAMS_AUTH_DISABLED=true, no app id):"
              + " /api/messages accepts unauthenticated requests and will post replies to any"
              + " serviceUrl they name. For local testing only; keep the server on a loopback"
              + " address. !!!");
    } else if (settings.tenantId().isEmpty()) {
      LOG.warn(
          "MICROSOFT_APP_TENANT_ID is not set: a single-tenant bot (every bot registered since"
              + " July 2025) cannot get a token to reply (AADSTS700016), and activities from any"
              + " tenant are served. Set it unless the bot is registered as multi-tenant.");
    }
    if (settings.authenticates() && settings.authDisabled()) {
      LOG.warn(
          "TEAMS_AUTH_DISABLED=true is ignored because MICROSOFT_APP_ID is set:"
              + " every Teams request still needs a valid Bot Framework token.");
    }
  }
}
