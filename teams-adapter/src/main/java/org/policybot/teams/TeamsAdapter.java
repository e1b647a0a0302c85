package org.policybot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP adapter with our settings: it checks each request's token, runs the turn and signs
 * replies. It adds the tenant to outbound credentials and tells the user when a turn fails.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);

  private final TeamsSettings settings;

  TeamsAdapter(TeamsSettings settings) {
    super(new SettingsConfiguration(settings));
    this.settings = settings;
    // Without a handler a failed turn is a bare 500 and the user sees nothing.
    setOnTurnError(this::onTurnError);
  }

  /** Whether requests must carry a Bot Framework token ({@link TeamsSettings#authenticates}). */
  boolean authenticates() {
    return settings.authenticates();
  }

  /**
   * Single-tenant bots must fetch tokens from their own tenant; the SDK asks the shared
   * botframework.com authority, which fails with AADSTS700016 (botbuilder-java #1323).
   */
  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    String tenant = settings.tenantId().orElse(null);
    return CompletableFuture.completedFuture(
        new MicrosoftAppCredentials(appId, settings.appPassword(), tenant, scope));
  }

  private CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
    Throwable cause = unwrap(error);
    LOG.error("Teams turn failed for activity {}", turn.getActivity().getId(), cause);
    return turn.sendActivity(TeamsReplies.failure())
        .<Void>thenApply(sent -> null)
        .exceptionally(
            sendError -> {
              // The connector itself may be what failed; the turn is over either way.
              LOG.warn(
                  "Could not tell the user about the failure: {}", unwrap(sendError).toString());
              return null;
            });
  }

  /** The exception behind the future wrappers, which say nothing useful in a log. */
  static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
