package org.policybot.app.config;

import java.util.Set;

/**
 * What a command does, which decides the variables it needs to be valid. A bad server variable
 * ({@code PORT=abc}) must stop {@code serve} but not {@code policybot check}: HR run their commands
 * on the server's own environment, and a port they never listen on said nothing about their file.
 */
public enum CommandKind {
  /** {@code serve}: every variable. */
  SERVE,
  /**
   * {@code ask}: prints answers with their clause links, so a bad {@link Settings#BASE_URL} is
   * refused, as it would be by the server; without one, links use the default port when {@link
   * Settings#PORT} is bad, since ask listens on no port.
   */
  ANSWER,
  /**
   * The commands that read, check and publish policy files and evaluate answers (check, diff,
   * publish, history, rollback, examples, eval, bench): they print no links and serve nothing.
   */
  POLICY_FILES;

  /**
   * The variables only the server reads: its socket, its question log and the chat channels. Every
   * other variable (the policies folder, semantic re-ranking, examples, HR contact, log level,
   * USER) is shared and checked for every command.
   */
  static final Set<String> SERVER_ONLY =
      Set.of(
          Settings.PORT,
          Settings.BIND_ADDRESS,
          Settings.LOG_QUESTIONS,
          Settings.LOG_CHAT_QUESTIONS,
          Settings.ADMINS,
          Settings.SLACK_BOT_TOKEN,
          Settings.SLACK_SIGNING_SECRET,
          Settings.SLACK_APP_TOKEN,
          Settings.SLACK_API_URL,
          Settings.MICROSOFT_APP_ID,
          Settings.MICROSOFT_APP_PASSWORD,
          Settings.MICROSOFT_APP_TENANT_ID,
          Settings.TEAMS_AUTH_DISABLED,
          Settings.TEAMS_OPENID_METADATA_URL);

  /** Whether a command of this kind needs the variable to be valid. */
  public boolean needs(String variable) {
    return switch (this) {
      case SERVE -> true;
      case ANSWER -> !SERVER_ONLY.contains(variable);
      case POLICY_FILES -> !SERVER_ONLY.contains(variable) && !variable.equals(Settings.BASE_URL);
    };
  }
}
