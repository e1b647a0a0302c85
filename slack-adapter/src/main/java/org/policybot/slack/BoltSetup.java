package org.policybot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Builds Bolt's configuration from {@link SlackSettings} alone. Every {@link AppConfig} field is
 * set here, because the builder's defaults read {@code SLACK_*} environment variables, and a stray
 * {@code SLACK_CLIENT_ID} would switch Bolt to OAuth mode (java-slack-sdk #1113).
 */
final class BoltSetup {

  private BoltSetup() {}

  // Deprecated fields are set too: their builder defaults still read environment variables.
  @SuppressWarnings("deprecation")
  static AppConfig appConfig(SlackSettings settings, ExecutorServiceProvider threads) {
    return AppConfig.builder()
        .slack(Slack.getInstance(slackConfig(settings.apiUrl(), threads)))
        .executorServiceProvider(threads)
        .threadPoolSize(10)
        .singleTeamBotToken(settings.botToken())
        // Blank in Socket Mode only; Bolt then skips verification for socket requests, and our
        // HTTP bridge refuses every HTTP request.
        .signingSecret(settings.signingSecret())
        .verificationToken(null)
        // One workspace, installed from the manifest: no OAuth flow, no installation store.
        .clientId(null)
        .clientSecret(null)
        .redirectUri(null)
        .scope(null)
        .userScope(null)
        .appPath(null)
        .oauthStartPath("start")
        .oauthInstallPath("start")
        .oauthCallbackPath("callback")
        .oauthRedirectUriPath("callback")
        .oauthCancellationUrl(null)
        .oauthCompletionUrl(null)
        .oAuthInstallPathEnabled(false)
        .oAuthStartEnabled(false)
        .oAuthRedirectUriPathEnabled(false)
        .oAuthCallbackEnabled(false)
        .openIDConnectEnabled(false)
        .stateValidationEnabled(true)
        .alwaysRequestUserTokenNeeded(false)
        .classicAppPermissionsEnabled(false)
        // Single-workspace Bolt checks the token with auth.test at start-up (a refused token stops
        // it there) and, with an expiry, again inside a request, before anything can acknowledge
        // it: a slow Slack API then held acknowledgements past Slack's 3 seconds, and one failed
        // answer during a Slack incident was kept for the whole period, refusing every request
        // with 401. Negative keeps the start-up answer; every request is signed anyway. The cache
        // flag itself only matters to multi-workspace apps.
        .authTestCacheEnabled(false)
        .authTestCacheExpirationMillis(-1L)
        .tokenRotationExpirationMillis(7_200_000L)
        .appInitializersEnabled(true)
        .sslCheckEnabled(true)
        .requestVerificationEnabled(true)
        .ignoringSelfEventsEnabled(true)
        .ignoringSelfAssistantMessageEventsEnabled(true)
        .attachingFunctionTokenEnabled(false)
        // Any event no listener takes is acknowledged: a 404 makes Slack retry (the 404 trap).
        .subtypedMessageEventsAutoAckEnabled(true)
        .allEventsApiAutoAckEnabled(true)
        .build();
  }

  /** Slack's Web API client pointed at the configured method prefix, without usage stats. */
  static SlackConfig slackConfig(URI apiUrl, ExecutorServiceProvider threads) {
    SlackConfig config = new SlackConfig();
    String prefix = apiUrl.toString();
    config.setMethodsEndpointUrlPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    config.setExecutorServiceProvider(threads);
    // SlackConfig picks up HTTPS_PROXY / http.proxyHost, which suits a school network; a
    // loopback API (tests, a local stub) is never reached through a proxy.
    if (isLoopback(apiUrl)) {
      config.setProxyUrl(null);
    }
    return config;
  }

  private static boolean isLoopback(URI url) {
    String host = url.getHost();
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses: a name would need a DNS lookup here.
    if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
      return false;
    }
    try {
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
