package org.policybot.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.policybot.index.search.SearchOptions;
import org.policybot.slack.SlackSettings;
import org.policybot.teams.TeamsSettings;

/**
 * Every setting PolicyBot reads, from environment variables, read once in {@code main}. The
 * variable names are the constants below; the README's configuration table and {@code .env.example}
 * list the same names. Which of them a command needs to be valid is its {@link CommandKind}.
 *
 * @param policiesDir the policy folder, or empty for the bundled policy
 * @param baseUrl the public address of the server, used in clause links
 * @param hrContact who staff should ask when the policies are silent
 * @param port the HTTP port
 * @param bindAddress the address the server listens on
 * @param logQuestions whether the text of questions asked on the ask page and API is logged at INFO
 *     (it can be personal)
 * @param logChatQuestions whether the text of Slack and Teams questions is logged at INFO: a
 *     consent of its own, because chat messages are more personal than a search box
 * @param semantic whether answers are re-ranked by the sentence model (better answers, about 2 ms
 *     and 150 MB more; docs/quality.md, docs/benchmarks.md)
 * @param questionTuning whether questions to policies without example questions are embedded by the
 *     model tuned on how staff ask (docs/quality.md); off only to measure what it adds
 * @param crossEncoder whether the best candidates of policies without example questions are
 *     re-ordered by the cross-encoder: fewer wrong quotes, tens of milliseconds more a question, so
 *     off unless asked for; asking for it with the question tuning off is an error
 *     (docs/quality.md, docs/benchmarks.md)
 * @param examples example questions shown with help, empty for the built-in ones
 * @param admins Slack user ids and Teams AAD object ids allowed HR-only actions
 * @param slack the Slack channel, when configured
 * @param teams the Teams channel, when configured
 * @param publisher who {@code policybot publish} and {@code rollback} record as the publisher when
 *     {@code --by} is not given: the login name, else {@code unknown}
 */
public record Settings(
    Optional<Path> policiesDir,
    URI baseUrl,
    String hrContact,
    int port,
    String bindAddress,
    boolean logQuestions,
    boolean logChatQuestions,
    boolean semantic,
    boolean questionTuning,
    boolean crossEncoder,
    List<String> examples,
    List<String> admins,
    Optional<SlackSettings> slack,
    Optional<TeamsSettings> teams,
    String publisher) {

  public static final String POLICIES_DIR = "POLICYBOT_POLICIES_DIR";
  public static final String BASE_URL = "POLICYBOT_BASE_URL";
  public static final String HR_CONTACT = "POLICYBOT_HR_CONTACT";
  public static final String PORT = "PORT";
  public static final String BIND_ADDRESS = "POLICYBOT_BIND_ADDRESS";
  public static final String LOG_QUESTIONS = "POLICYBOT_LOG_QUESTIONS";
  public static final String LOG_CHAT_QUESTIONS = "POLICYBOT_LOG_CHAT_QUESTIONS";
  public static final String ADMINS = "POLICYBOT_ADMINS";

  /** Read by logback.xml for the root level; checked here so a typo stops start-up. */
  public static final String LOG_LEVEL = "POLICYBOT_LOG_LEVEL";

  private static final List<String> LOG_LEVELS =
      List.of("ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  /** A Slack member id or an Entra object id: letters, digits and hyphens. */
  private static final Pattern ADMIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  public static final String EXAMPLES = "POLICYBOT_EXAMPLES";
  public static final String SEMANTIC = "POLICYBOT_SEMANTIC";
  public static final String QUESTION_TUNING = "POLICYBOT_QUESTION_TUNING";
  public static final String CROSS_ENCODER = "POLICYBOT_CROSS_ENCODER";
  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_API_URL = "SLACK_API_URL";
  public static final String MICROSOFT_APP_ID = "MICROSOFT_APP_ID";
  public static final String MICROSOFT_APP_PASSWORD = "MICROSOFT_APP_PASSWORD";
  public static final String MICROSOFT_APP_TENANT_ID = "MICROSOFT_APP_TENANT_ID";
  public static final String TEAMS_AUTH_DISABLED = "TEAMS_AUTH_DISABLED";
  public static final String TEAMS_OPENID_METADATA_URL = "TEAMS_OPENID_METADATA_URL";

  /** The login name, the default publisher of policy versions. */
  public static final String USER = "USER";

  static final int DEFAULT_PORT = 8080;

  /**
   * Links point at this machine on the port it serves, so {@code PORT=8092 policybot serve} links
   * to 8092 without setting the base URL as well. Port 0 (a free port, for tests) is only known
   * once the server is listening, after answers are set up, so it keeps the default port's links.
   */
  static URI defaultBaseUrl(int port) {
    return URI.create("http://localhost:" + (port == 0 ? DEFAULT_PORT : port));
  }

  /**
   * How answers are searched: with the sentence model, its question tuning and the cross-encoder as
   * set; the tuning is off whenever the model is, and the cross-encoder whenever the tuning is, as
   * {@link SearchOptions} requires.
   */
  public SearchOptions searchOptions() {
    boolean tuned = semantic && questionTuning;
    return new SearchOptions(semantic, tuned, tuned && crossEncoder);
  }

  /** Reads every variable, as {@code serve} needs them, naming every bad variable at once. */
  public static Settings from(Map<String, String> env) {
    return from(env, CommandKind.SERVE, warning -> {});
  }

  /**
   * Reads the settings a kind of command needs, naming every bad variable it uses at once. A bad
   * variable it does not use keeps its default and is passed to {@code warning}, in one line.
   *
   * @throws SettingsException naming every bad variable the command uses
   */
  public static Settings from(Map<String, String> env, CommandKind kind, Consumer<String> warning) {
    Problems problems = new Problems();
    Optional<Path> dir = Optional.ofNullable(blankToNull(env.get(POLICIES_DIR))).map(Path::of);
    URI base = null;
    String rawBase = blankToNull(env.get(BASE_URL));
    if (rawBase != null) {
      try {
        base = URI.create(rawBase);
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
          base = null; // a command that does not use it links to the default address
          problems.add(
              BASE_URL,
              BASE_URL
                  + " must be an http(s) URL such as https://policybot.example.org, got '"
                  + rawBase
                  + "'");
        } else if (base.getRawQuery() != null
            || base.getRawFragment() != null
            || base.getRawUserInfo() != null) {
          // Links are the base plus "/policies/…#clause-…": after a query or fragment they break,
          // and a user name and password would be posted in every answer.
          base = null;
          problems.add(
              BASE_URL,
              BASE_URL
                  + " must be the server's address with no '?', '#' or user name, such as"
                  + " https://policybot.example.org or https://example.org/policybot, got '"
                  + rawBase
                  + "'");
        }
      } catch (IllegalArgumentException e) {
        problems.add(BASE_URL, BASE_URL + " is not a URL: '" + rawBase + "'");
      }
    }
    int port = DEFAULT_PORT;
    String rawPort = blankToNull(env.get(PORT));
    if (rawPort != null) {
      try {
        port = Integer.parseInt(rawPort.strip());
        if (port < 0 || port > 65535) {
          problems.add(PORT, PORT + " must be 0-65535, got " + rawPort);
          port = DEFAULT_PORT; // for the links of a command that ignores the port
        }
      } catch (NumberFormatException e) {
        problems.add(PORT, PORT + " must be a number, got '" + rawPort + "'");
      }
    }
    if (base == null) {
      base = defaultBaseUrl(port);
    }
    String hr = Optional.ofNullable(blankToNull(env.get(HR_CONTACT))).orElse("your HR team");
    String bind = blankToNull(env.get(BIND_ADDRESS));
    boolean logQuestions = flag(env, LOG_QUESTIONS, false, problems);
    boolean logChatQuestions = flag(env, LOG_CHAT_QUESTIONS, false, problems);
    boolean semantic = flag(env, SEMANTIC, true, problems);
    boolean questionTuning = flag(env, QUESTION_TUNING, true, problems) && semantic;
    boolean crossEncoder = flag(env, CROSS_ENCODER, false, problems);
    if (crossEncoder && !questionTuning) {
      // Quietly answering without it would leave an operator believing it is on.
      problems.add(
          CROSS_ENCODER,
          CROSS_ENCODER
              + "=true needs the question tuning, whose ranking it re-orders: leave "
              + SEMANTIC
              + " and "
              + QUESTION_TUNING
              + " on, or set "
              + CROSS_ENCODER
              + "=false");
      crossEncoder = false;
    }
    List<String> examples = new ArrayList<>();
    for (String example : Optional.ofNullable(env.get(EXAMPLES)).orElse("").split("\\|")) {
      if (!example.isBlank()) {
        examples.add(example.strip());
      }
    }
    List<String> admins = new ArrayList<>();
    for (String id : Optional.ofNullable(env.get(ADMINS)).orElse("").split("[,\\s]+")) {
      if (id.isBlank()) {
        continue;
      }
      if (ADMIN_ID.matcher(id.strip()).matches()) {
        admins.add(id.strip());
      } else {
        // "U012AB3CD;U999" was one id that matched no one: every admin was refused, silently.
        problems.add(
            ADMINS,
            ADMINS
                + " holds Slack member ids (U012AB3CD) and Entra object ids (GUIDs) separated by"
                + " commas; '"
                + id.strip()
                + "' is neither");
      }
    }
    String logLevel = blankToNull(env.get(LOG_LEVEL));
    if (logLevel != null && !LOG_LEVELS.contains(logLevel.strip().toUpperCase(Locale.ROOT))) {
      // Logback reads a level it does not know as DEBUG, which logs far more than asked.
      problems.add(
          LOG_LEVEL, LOG_LEVEL + " must be one of " + LOG_LEVELS + ", got '" + logLevel + "'");
    }
    Optional<SlackSettings> slack = slack(env, problems);
    Optional<TeamsSettings> teams = teams(env, problems);
    // An unauthenticated Teams endpoint must not be reachable from other machines.
    boolean openTeams =
        teams.map(TeamsSettings::authDisabled).orElse(false) && teams.get().appId().isEmpty();
    if (openTeams && bind != null && !isLoopback(bind)) {
      problems.add(
          BIND_ADDRESS,
          TEAMS_AUTH_DISABLED
              + "=true serves Teams without authentication, so the server binds to"
              + " loopback only; unset "
              + BIND_ADDRESS
              + " or set it to 127.0.0.1 (got "
              + bind
              + ")");
    }
    if (bind == null) {
      bind = openTeams ? "127.0.0.1" : "0.0.0.0";
    }
    problems.check(kind, warning);
    String publisher = Optional.ofNullable(blankToNull(env.get(USER))).orElse("unknown");
    return new Settings(
        dir,
        base,
        hr,
        port,
        bind,
        logQuestions,
        logChatQuestions,
        semantic,
        questionTuning,
        crossEncoder,
        List.copyOf(examples),
        List.copyOf(admins),
        slack,
        teams,
        publisher);
  }

  /**
   * Slack is on when its token is set: over HTTP with the signing secret, or over Socket Mode with
   * the app token. Half a configuration is an error, never a silently missing channel.
   */
  private static Optional<SlackSettings> slack(Map<String, String> env, Problems problems) {
    String bot = blankToNull(env.get(SLACK_BOT_TOKEN));
    String secret = blankToNull(env.get(SLACK_SIGNING_SECRET));
    String app = blankToNull(env.get(SLACK_APP_TOKEN));
    String api = blankToNull(env.get(SLACK_API_URL));
    if (bot == null && secret == null && app == null) {
      return Optional.empty();
    }
    if (bot == null) {
      problems.add(
          SLACK_BOT_TOKEN,
          SLACK_BOT_TOKEN
              + " is missing ("
              + (secret != null ? SLACK_SIGNING_SECRET : SLACK_APP_TOKEN)
              + " is set)");
    }
    if (secret == null && app == null) {
      problems.add(
          SLACK_SIGNING_SECRET,
          SLACK_SIGNING_SECRET
              + " is missing ("
              + SLACK_BOT_TOKEN
              + " is set; or set "
              + SLACK_APP_TOKEN
              + " for Socket Mode)");
    }
    URI apiUrl = SlackSettings.DEFAULT_API_URL;
    if (api != null) {
      try {
        apiUrl = URI.create(api.endsWith("/") ? api : api + "/");
        if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
          problems.add(SLACK_API_URL, SLACK_API_URL + " must be an http(s) URL, got '" + api + "'");
        }
      } catch (IllegalArgumentException e) {
        problems.add(SLACK_API_URL, SLACK_API_URL + " is not a URL: '" + api + "'");
      }
    }
    if (bot == null || secret == null && app == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SlackSettings(bot, secret == null ? "" : secret, Optional.ofNullable(app), apiUrl));
  }

  /**
   * Teams is on with an app id and password. With both blank it is off, unless
   * TEAMS_AUTH_DISABLED=true asks for an unauthenticated endpoint for local testing.
   */
  private static Optional<TeamsSettings> teams(Map<String, String> env, Problems problems) {
    String id = blankToNull(env.get(MICROSOFT_APP_ID));
    String password = blankToNull(env.get(MICROSOFT_APP_PASSWORD));
    String tenant = blankToNull(env.get(MICROSOFT_APP_TENANT_ID));
    String metadata = blankToNull(env.get(TEAMS_OPENID_METADATA_URL));
    boolean disabled = flag(env, TEAMS_AUTH_DISABLED, false, problems);
    if (metadata != null && !isTrustedMetadataUrl(metadata)) {
      // This URL decides which keys may sign Bot Framework tokens: only https, or loopback for
      // tests.
      problems.add(
          TEAMS_OPENID_METADATA_URL,
          TEAMS_OPENID_METADATA_URL
              + " must be an https URL (or http on loopback for tests), got '"
              + metadata
              + "'");
      return Optional.empty();
    }
    if (id == null && password == null) {
      if (tenant != null) {
        problems.add(
            MICROSOFT_APP_ID,
            MICROSOFT_APP_ID
                + " and "
                + MICROSOFT_APP_PASSWORD
                + " are missing ("
                + MICROSOFT_APP_TENANT_ID
                + " is set)");
        return Optional.empty();
      }
      return disabled
          ? Optional.of(
              new TeamsSettings("", "", Optional.empty(), true, Optional.ofNullable(metadata)))
          : Optional.empty();
    }
    if (id == null) {
      problems.add(
          MICROSOFT_APP_ID,
          MICROSOFT_APP_ID + " is missing (" + MICROSOFT_APP_PASSWORD + " is set)");
      return Optional.empty();
    }
    if (password == null) {
      problems.add(
          MICROSOFT_APP_PASSWORD,
          MICROSOFT_APP_PASSWORD + " is missing (" + MICROSOFT_APP_ID + " is set)");
      return Optional.empty();
    }
    return Optional.of(
        new TeamsSettings(
            id, password, Optional.ofNullable(tenant), disabled, Optional.ofNullable(metadata)));
  }

  /**
   * An on/off variable. Every switch is read here, so they all accept the same words; anything else
   * is refused, because a misread switch fails silently: "0" once left semantic re-ranking on and
   * "yes" left question logging off.
   */
  private static boolean flag(
      Map<String, String> env, String name, boolean unset, Problems problems) {
    String raw = blankToNull(env.get(name));
    if (raw == null) {
      return unset;
    }
    switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1":
        return true;
      case "false", "no", "off", "0":
        return false;
      default:
        problems.add(
            name, name + " must be true or false (or yes/no, on/off, 1/0), got '" + raw + "'");
        return unset;
    }
  }

  private static boolean isTrustedMetadataUrl(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return uri.getHost() != null
          && (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isLoopback(String address) {
    return address.equals("127.0.0.1") || address.equals("::1") || address.equals("localhost");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
