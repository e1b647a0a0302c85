package org.policybot.teams;

import java.util.Objects;
import java.util.Optional;

/**
 * How the Teams endpoint authenticates. Filled by the app from environment variables; this
 * module never reads the environment itself.
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
  }

  /** Secrets stay out of logs and stack traces. */
  @Override
  public String toString() {
    return "TeamsSettings[appId=" + appId + ", tenant=" + tenantId.orElse("multi") + ", authDisabled=" + authDisabled + "]";
  }
}
