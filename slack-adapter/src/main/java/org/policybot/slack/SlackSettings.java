package org.policybot.slack;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Slack. Filled by the app from environment variables; this module never reads the
 * environment itself.
 *
 * @param botToken the bot token ({@code xoxb-...}), never logged
 * @param signingSecret the signing secret that authenticates Slack's requests, never logged
 * @param appToken the app-level token ({@code xapp-...}) for Socket Mode, if used
 * @param apiUrl the Web API method prefix, {@code https://slack.com/api/} unless tests point it at
 *     a loopback stub
 */
public record SlackSettings(
    String botToken, String signingSecret, Optional<String> appToken, URI apiUrl) {

  public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /** Secrets stay out of logs and stack traces. */
  @Override
  public String toString() {
    return "SlackSettings[apiUrl=" + apiUrl + ", socketMode=" + appToken.isPresent() + "]";
  }
}
