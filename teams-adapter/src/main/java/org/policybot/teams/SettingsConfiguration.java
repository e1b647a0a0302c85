package org.policybot.teams;

import com.microsoft.bot.integration.Configuration;
import java.util.Objects;
import java.util.Properties;

/**
 * The SDK's {@link Configuration}, answered from {@link TeamsSettings} instead of a classpath
 * properties file (which this project does not ship, and which would make the SDK throw).
 */
final class SettingsConfiguration implements Configuration {

  /** Property names the SDK reads; see {@code ConfigurationCredentialProvider}. */
  static final String APP_ID = "MicrosoftAppId";

  static final String APP_PASSWORD = "MicrosoftAppPassword";
  static final String TENANT_ID = "MicrosoftAppTenantId";
  static final String OPENID_METADATA = "BotOpenIdMetadata";

  private final Properties properties = new Properties();

  SettingsConfiguration(TeamsSettings settings) {
    Objects.requireNonNull(settings, "settings");
    properties.setProperty(APP_ID, settings.appId());
    properties.setProperty(APP_PASSWORD, settings.appPassword());
    settings.tenantId().ifPresent(t -> properties.setProperty(TENANT_ID, t));
    settings.openIdMetadataUrl().ifPresent(u -> properties.setProperty(OPENID_METADATA, u));
  }

  @Override
  public String getProperty(String key) {
    return properties.getProperty(key);
  }

  /** A copy, so the SDK cannot change our settings. */
  @Override
  public Properties getProperties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  @Override
  public String[] getProperties(String key) {
    String value = properties.getProperty(key);
    return value == null ? null : value.split(",");
  }
}
