package org.policybot.teams;

import java.util.Objects;
import java.util.Optional;

/**
 * How the Teams endpoint authenticates. Filled by the app from environment variables; this module
 * never reads the environment itself.
 *
 * <p>A blank app id makes the Bot Framework SDK accept every request without a token, so blank
 * credentials are only allowed together with {@code authDisabled}: the mistake fails here rather
 * than opening the endpoint silently.
 *
 * @param appId the Azure bot's Microsoft App ID (blank only with auth disabled)
 * @param appPassword its client secret, never logged
 * @param tenantId the tenant, for single-tenant bots
 * @param authDisabled true only for local testing without Azure: requests are not authenticated
 * @param openIdMetadataUrl where Bot Framework signing keys are published; tests point it at a
 *     loopback server
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    Optional<String> tenantId,
    boolean authDisabled,
    Optional<String> openIdMetadataUrl) {

  public TeamsSettings {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appPassword, "appPassword");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(openIdMetadataUrl, "openIdMetadataUrl");
    if (appId.isBlank() != appPassword.isBlank()) {
      throw new IllegalArgumentException(
          "appId and appPassword are set together or not at all (appId "
              + (appId.isBlank() ? "blank" : "set")
              + ", appPassword "
              + (appPassword.isBlank() ? "blank" : "set")
              + ")");
    }
    if (appId.isBlank() && !authDisabled) {
      throw new IllegalArgumentException(
          "blank appId and appPassword would accept unauthenticated requests;"
              + " set them, or set authDisabled for local testing");
    }
    if (tenantId.isPresent() && tenantId.get().isBlank()) {
      throw new IllegalArgumentException("tenantId must not be blank when present");
    }
  }

  /**
   * Whether requests must carry a valid Bot Framework token. True whenever credentials are set,
   * even with {@code authDisabled}: the SDK cannot skip inbound checks yet sign outbound replies.
   */
  public boolean authenticates() {
    return !appId.isBlank();
  }

  /** Secrets stay out of logs and stack traces. */
  @Override
  public String toString() {
    return "TeamsSettings[appId="
        + appId
        + ", tenant="
        + tenantId.orElse("multi")
        + ", authDisabled="
        + authDisabled
        + "]";
  }
}
