package org.policybot.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.index.search.SearchOptions;

class SettingsTest {

  @Test
  void no_variables_give_the_embedded_default() {
    Settings s = Settings.from(Map.of());
    assertTrue(s.policiesDir().isEmpty());
    assertEquals("http://localhost:8080", s.baseUrl().toString());
    assertEquals(8080, s.port());
    assertEquals("0.0.0.0", s.bindAddress());
    assertFalse(s.logQuestions());
    assertFalse(s.logChatQuestions());
    assertTrue(s.slack().isEmpty());
    assertTrue(s.teams().isEmpty());
  }

  @Test
  void every_bad_variable_is_named_at_once() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.from(Map.of("PORT", "eighty", "POLICYBOT_BASE_URL", "ftp://x")));
    assertTrue(e.getMessage().contains("PORT must be a number"), e.getMessage());
    assertTrue(
        e.getMessage().contains("POLICYBOT_BASE_URL must be an http(s) URL"), e.getMessage());
  }

  /**
   * Both were accepted silently: "U012AB3CD;U999" matched no admin, and logback reads an unknown
   * level as DEBUG.
   */
  @Test
  void a_malformed_admin_list_or_log_level_stops_start_up_naming_the_variable() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.from(
                    Map.of(
                        "POLICYBOT_ADMINS", "U012AB3CD;U999", "POLICYBOT_LOG_LEVEL", "verbose")));
    assertTrue(
        e.getMessage().contains("POLICYBOT_ADMINS holds Slack member ids")
            && e.getMessage().contains("'U012AB3CD;U999' is neither"),
        e.getMessage());
    assertTrue(e.getMessage().contains("POLICYBOT_LOG_LEVEL must be one of"), e.getMessage());
    assertEquals(
        List.of("6f1c9a2e-1b2c-4d3e-8f90-123456789abc"),
        Settings.from(
                Map.of(
                    "POLICYBOT_ADMINS",
                    "6f1c9a2e-1b2c-4d3e-8f90-123456789abc",
                    "POLICYBOT_LOG_LEVEL",
                    "all"))
            .admins());
  }

  @Test
  void a_slack_token_without_its_signing_secret_names_the_missing_variable() {
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1")));
    assertTrue(e.getMessage().contains("SLACK_SIGNING_SECRET is missing"), e.getMessage());
  }

  @Test
  void a_slack_secret_without_its_token_names_the_missing_variable() {
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> Settings.from(Map.of("SLACK_SIGNING_SECRET", "s")));
    assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN is missing"), e.getMessage());
  }

  @Test
  void slack_over_socket_mode_needs_no_signing_secret() {
    Settings s = Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
    assertTrue(s.slack().orElseThrow().appToken().isPresent());
  }

  @Test
  void a_teams_app_id_without_its_password_names_the_missing_variable() {
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> Settings.from(Map.of("MICROSOFT_APP_ID", "id")));
    assertTrue(e.getMessage().contains("MICROSOFT_APP_PASSWORD is missing"), e.getMessage());
  }

  @Test
  void teams_without_authentication_binds_to_loopback() {
    Settings s = Settings.from(Map.of("TEAMS_AUTH_DISABLED", "true"));
    assertTrue(s.teams().orElseThrow().authDisabled());
    assertEquals("127.0.0.1", s.bindAddress());
  }

  @Test
  void teams_without_authentication_refuses_a_public_bind_address() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.from(
                    Map.of("TEAMS_AUTH_DISABLED", "true", "POLICYBOT_BIND_ADDRESS", "0.0.0.0")));
    assertTrue(e.getMessage().contains("binds to loopback only"), e.getMessage());
  }

  @Test
  void secrets_never_appear_in_the_settings_text() {
    Settings s =
        Settings.from(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-token",
                "SLACK_SIGNING_SECRET", "signing-secret-value",
                "MICROSOFT_APP_ID", "app-id",
                "MICROSOFT_APP_PASSWORD", "teams-password-value"));
    String text = s.toString();
    for (String secret :
        List.of("xoxb-secret-token", "signing-secret-value", "teams-password-value")) {
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void admins_are_split_on_commas_and_spaces() {
    assertEquals(
        List.of("U1", "U2", "abc-def"),
        Settings.from(Map.of("POLICYBOT_ADMINS", "U1, U2 abc-def")).admins());
  }

  @Test
  void the_teams_key_metadata_must_be_https_or_loopback() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.from(
                    Map.of(
                        "MICROSOFT_APP_ID",
                        "id",
                        "MICROSOFT_APP_PASSWORD",
                        "p",
                        "TEAMS_OPENID_METADATA_URL",
                        "http://evil.example/keys")));
    assertTrue(
        e.getMessage().contains("TEAMS_OPENID_METADATA_URL must be an https URL"), e.getMessage());
    for (String ok :
        List.of(
            "https://login.example/v1/.well-known/openidconfiguration",
            "http://127.0.0.1:9999/meta")) {
      Settings s =
          Settings.from(
              Map.of(
                  "MICROSOFT_APP_ID",
                  "id",
                  "MICROSOFT_APP_PASSWORD",
                  "p",
                  "TEAMS_OPENID_METADATA_URL",
                  ok));
      assertEquals(ok, s.teams().orElseThrow().openIdMetadataUrl().orElseThrow());
    }
  }

  @Test
  void examples_are_split_on_bars() {
    assertEquals(
        List.of("Can I work from home?", "Who approves leave?"),
        Settings.from(Map.of("POLICYBOT_EXAMPLES", "Can I work from home? | Who approves leave?"))
            .examples());
  }

  @Test
  void semantic_re_ranking_is_on_unless_switched_off() {
    assertTrue(Settings.from(Map.of()).semantic());
    assertFalse(Settings.from(Map.of("POLICYBOT_SEMANTIC", "false")).semantic());
  }

  @Test
  void question_tuning_is_on_unless_switched_off_and_never_without_the_sentence_model() {
    assertTrue(Settings.from(Map.of()).questionTuning());
    assertFalse(Settings.from(Map.of("POLICYBOT_QUESTION_TUNING", "false")).questionTuning());
    assertTrue(Settings.from(Map.of("POLICYBOT_QUESTION_TUNING", "false")).semantic());
    assertFalse(Settings.from(Map.of("POLICYBOT_SEMANTIC", "false")).questionTuning());
  }

  @Test
  void the_cross_encoder_is_off_unless_switched_on_and_refused_without_the_question_tuning() {
    assertFalse(Settings.from(Map.of()).crossEncoder());
    assertFalse(Settings.from(Map.of()).searchOptions().crossEncoder());
    Settings on = Settings.from(Map.of("POLICYBOT_CROSS_ENCODER", "true"));
    assertTrue(on.crossEncoder());
    assertEquals(new SearchOptions(true, true, true), on.searchOptions());
    for (String off : List.of("POLICYBOT_SEMANTIC", "POLICYBOT_QUESTION_TUNING")) {
      SettingsException without =
          assertThrows(
              SettingsException.class,
              () -> Settings.from(Map.of("POLICYBOT_CROSS_ENCODER", "true", off, "false")));
      assertTrue(
          without.getMessage().contains("POLICYBOT_CROSS_ENCODER=true needs the question tuning"),
          without.getMessage());
    }
    assertEquals(
        SearchOptions.lexicalOnly(),
        Settings.from(Map.of("POLICYBOT_CROSS_ENCODER", "false", "POLICYBOT_SEMANTIC", "false"))
            .searchOptions());
    SettingsException bad =
        assertThrows(
            SettingsException.class,
            () -> Settings.from(Map.of("POLICYBOT_CROSS_ENCODER", "sometimes")));
    assertTrue(bad.getMessage().contains("POLICYBOT_CROSS_ENCODER"), bad.getMessage());
  }

  @Test
  void answers_are_searched_as_the_two_switches_say() {
    assertEquals(SearchOptions.defaults(), Settings.from(Map.of()).searchOptions());
    assertEquals(
        SearchOptions.withoutQuestionTuning(),
        Settings.from(Map.of("POLICYBOT_QUESTION_TUNING", "false")).searchOptions());
    assertEquals(
        SearchOptions.lexicalOnly(),
        Settings.from(Map.of("POLICYBOT_SEMANTIC", "false")).searchOptions());
  }

  @Test
  void switches_accept_true_false_yes_no_on_off_and_1_0_in_any_case() {
    for (String off : List.of("false", "FALSE", "no", "Off", "0", " no ")) {
      assertFalse(Settings.from(Map.of("POLICYBOT_SEMANTIC", off)).semantic(), off);
      assertFalse(Settings.from(Map.of("POLICYBOT_LOG_QUESTIONS", off)).logQuestions(), off);
    }
    for (String on : List.of("true", "TRUE", "yes", "On", "1")) {
      assertTrue(Settings.from(Map.of("POLICYBOT_SEMANTIC", on)).semantic(), on);
      assertTrue(Settings.from(Map.of("POLICYBOT_LOG_QUESTIONS", on)).logQuestions(), on);
      assertTrue(Settings.from(Map.of("POLICYBOT_LOG_CHAT_QUESTIONS", on)).logChatQuestions(), on);
      assertTrue(
          Settings.from(Map.of("TEAMS_AUTH_DISABLED", on)).teams().orElseThrow().authDisabled(),
          on);
    }
  }

  @Test
  void a_switch_that_is_neither_on_nor_off_is_refused_naming_the_variable() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                Settings.from(
                    Map.of("POLICYBOT_SEMANTIC", "nope", "POLICYBOT_LOG_QUESTIONS", "enabled")));
    assertTrue(
        e.getMessage()
            .contains(
                "POLICYBOT_SEMANTIC must be true or false (or yes/no, on/off,"
                    + " 1/0), got 'nope'"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("POLICYBOT_LOG_QUESTIONS must be true or false"), e.getMessage());
  }

  @Test
  void links_follow_the_port_unless_a_base_url_is_set() {
    assertEquals(
        "http://localhost:8092", Settings.from(Map.of("PORT", "8092")).baseUrl().toString());
    assertEquals(
        "https://policybot.example.org",
        Settings.from(Map.of("PORT", "8092", "POLICYBOT_BASE_URL", "https://policybot.example.org"))
            .baseUrl()
            .toString());
  }
}
