package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {

  @Test
  void blank_credentials_need_auth_disabled_on_purpose() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TeamsSettings("", "", Optional.empty(), false, Optional.empty()));
    assertTrue(e.getMessage().contains("authDisabled"), e.getMessage());
    assertFalse(
        new TeamsSettings("", "", Optional.empty(), true, Optional.empty()).authenticates());
  }

  @Test
  void half_a_credential_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TeamsSettings("app", "", Optional.empty(), true, Optional.empty()));
  }

  @Test
  void credentials_always_mean_authentication_even_with_the_switch_on() {
    assertTrue(
        new TeamsSettings("app", "pw", Optional.empty(), true, Optional.empty()).authenticates());
  }

  @Test
  void to_string_never_shows_the_password() {
    String s =
        new TeamsSettings("app", "s3cr3t-value", Optional.of("t"), false, Optional.empty())
            .toString();
    assertFalse(s.contains("s3cr3t-value"), s);
  }

  @Test
  void the_sdk_configuration_answers_from_the_settings() {
    SettingsConfiguration config =
        new SettingsConfiguration(
            new TeamsSettings(
                "app", "pw", Optional.of("tenant"), false, Optional.of("http://127.0.0.1:1/m")));
    assertEquals("app", config.getProperty("MicrosoftAppId"));
    assertEquals("pw", config.getProperty("MicrosoftAppPassword"));
    assertEquals("http://127.0.0.1:1/m", config.getProperty("BotOpenIdMetadata"));
    assertNull(config.getProperty("ChannelService"), "public Azure cloud");
    config.getProperties().setProperty("MicrosoftAppId", "changed");
    assertEquals("app", config.getProperty("MicrosoftAppId"));
  }
}
