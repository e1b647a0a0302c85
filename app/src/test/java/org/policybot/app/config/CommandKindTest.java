package org.policybot.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found in review: {@code PORT=abc} stopped {@code policybot check FILE}, which listens on no port,
 * because every command checked every variable.
 */
class CommandKindTest {

  private static final Map<String, String> BAD_SERVER =
      Map.of(
          Settings.PORT, "abc",
          Settings.BIND_ADDRESS, "0.0.0.0",
          Settings.TEAMS_AUTH_DISABLED, "true",
          Settings.ADMINS, "U012AB3CD;U999",
          Settings.SLACK_BOT_TOKEN, "xoxb-1");

  @Test
  void a_policy_command_ignores_bad_server_variables_in_one_warning_line() {
    List<String> warnings = new ArrayList<>();

    Settings s = Settings.from(BAD_SERVER, CommandKind.POLICY_FILES, warnings::add);

    assertEquals(8080, s.port());
    assertEquals(1, warnings.size(), warnings::toString);
    String warning = warnings.get(0);
    assertTrue(
        warning.startsWith(
            "warning: ignoring PORT, POLICYBOT_ADMINS, SLACK_SIGNING_SECRET, POLICYBOT_BIND_ADDRESS"
                + " (this command does not use them; serve refuses them): "),
        warning);
    assertTrue(warning.contains("PORT must be a number, got 'abc'"), warning);
    assertTrue(!warning.contains("\n"), warning);
  }

  @Test
  void serve_still_refuses_every_bad_server_variable_by_name() {
    List<String> warnings = new ArrayList<>();

    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.from(BAD_SERVER, CommandKind.SERVE, warnings::add));

    for (String named :
        List.of(
            "PORT must be a number, got 'abc'",
            "POLICYBOT_ADMINS holds",
            "binds to loopback only",
            "SLACK_SIGNING_SECRET is missing")) {
      assertTrue(e.getMessage().contains(named), e.getMessage());
    }
    assertEquals(List.of(), warnings);
  }

  /** ask prints clause links built from the base URL; check, publish and the rest print none. */
  @Test
  void a_bad_base_url_stops_ask_but_not_the_policy_commands() {
    Map<String, String> env = Map.of(Settings.BASE_URL, "ftp://policybot.example.org");
    List<String> warnings = new ArrayList<>();

    Settings s = Settings.from(env, CommandKind.POLICY_FILES, warnings::add);
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> Settings.from(env, CommandKind.ANSWER, w -> {}));

    assertEquals("http://localhost:8080", s.baseUrl().toString());
    assertTrue(
        warnings.get(0).startsWith("warning: ignoring POLICYBOT_BASE_URL "), warnings::toString);
    assertTrue(e.getMessage().contains("POLICYBOT_BASE_URL must be an http(s) URL"), e::getMessage);
  }

  @Test
  void ask_with_a_bad_port_links_to_the_default_port_and_warns() {
    List<String> warnings = new ArrayList<>();

    Settings s = Settings.from(Map.of(Settings.PORT, "99999"), CommandKind.ANSWER, warnings::add);

    assertEquals("http://localhost:8080", s.baseUrl().toString());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("PORT must be 0-65535, got 99999"), warnings::toString);
  }

  /** The policies folder, re-ranking and log level matter to the HR commands too. */
  @Test
  void shared_variables_are_still_refused_for_every_command() {
    Map<String, String> env =
        Map.of(Settings.SEMANTIC, "nope", Settings.LOG_LEVEL, "verbose", Settings.PORT, "abc");
    for (CommandKind kind : CommandKind.values()) {
      SettingsException e =
          assertThrows(SettingsException.class, () -> Settings.from(env, kind, w -> {}));
      assertTrue(e.getMessage().contains("POLICYBOT_SEMANTIC must be true"), e::getMessage);
      assertTrue(e.getMessage().contains("POLICYBOT_LOG_LEVEL must be one of"), e::getMessage);
    }
  }
}
