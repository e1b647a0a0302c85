package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.config.CommandKind;
import org.policybot.app.config.Settings;
import org.policybot.app.store.TestPolicies;
import picocli.CommandLine;

/** The environment as each command sees it, through {@link Main#run}. */
class MainTest {

  @TempDir Path dir;

  /** What one command line printed and returned. */
  private record Run(int exit, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path draft() throws IOException {
    Path file = dir.resolve("leave-policy.md");
    Files.writeString(file, TestPolicies.V1);
    return file;
  }

  @Test
  void no_command_prints_the_usage_with_every_command() {
    Run run = run(Map.of());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("Usage: policybot "), run.out());
    for (String command : new String[] {"ask", "serve", "check", "publish", "rollback"}) {
      assertTrue(run.out().contains("\n  " + command + " "), command + " in " + run.out());
    }
    assertEquals("", run.err());
  }

  @Test
  void check_works_with_a_bad_port_and_says_so_in_one_line() throws IOException {
    Run run = run(Map.of(Settings.PORT, "abc"), "check", draft().toString());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().endsWith("OK: no errors, 0 warning(s).\n"), run.out());
    assertEquals(
        "policybot: warning: ignoring PORT (this command does not use it; serve refuses it): PORT"
            + " must be a number, got 'abc'\n",
        run.err());
  }

  /** Found in review: a bad variable came before the usage, or instead of it. */
  @Test
  void the_usage_and_a_mistyped_command_need_no_environment() {
    Map<String, String> bad = Map.of(Settings.PORT, "abc", Settings.LOG_LEVEL, "bogus");

    Run none = run(bad);
    assertEquals(0, none.exit(), none::toString);
    assertTrue(none.out().startsWith("Usage: policybot "), none.out());
    assertEquals("", none.err());

    Run typo = run(bad, "serv");
    assertTrue(typo.err().contains("Did you mean: policybot serve"), typo.err());
    assertFalse(typo.err().contains("PORT"), typo.err());
  }

  @Test
  void help_is_shown_whatever_the_environment() {
    Run run = run(Map.of(Settings.PORT, "abc"), "serve", "--help");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("Usage: policybot serve"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void serve_refuses_to_start_with_a_bad_port() {
    Run run = run(Map.of(Settings.PORT, "abc", Settings.BASE_URL, "ftp://x"), "serve");

    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().startsWith("policybot: configuration problems:\n"), run.err());
    assertTrue(run.err().contains("PORT must be a number, got 'abc'"), run.err());
    assertTrue(run.err().contains("POLICYBOT_BASE_URL must be an http(s) URL"), run.err());
  }

  @Test
  void publish_works_with_a_bad_base_url_and_ask_refuses_it() throws IOException {
    Path policies = Files.createDirectory(dir.resolve("policies"));
    Map<String, String> env =
        Map.of(
            Settings.BASE_URL, "https://x.org/?a=b",
            Settings.POLICIES_DIR, policies.toString(),
            Settings.SEMANTIC, "false");

    Run publish = run(env, "publish", draft().toString());
    Run ask = run(env, "ask", "how many days of compassionate leave?");

    assertEquals(0, publish.exit(), publish::toString);
    assertTrue(Files.exists(policies.resolve("leave-policy.md")));
    assertEquals(2, ask.exit(), ask::toString);
    assertTrue(ask.err().contains("POLICYBOT_BASE_URL must be the server's address"), ask.err());
  }

  @Test
  void a_mistyped_option_is_reported_as_such_not_as_a_bad_variable() throws IOException {
    Run run = run(Map.of(Settings.PORT, "abc"), "check", "--bogus", draft().toString());

    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
  }

  /** A new command is checked like serve until it is sorted in Main.kind. */
  @Test
  void every_command_but_serve_is_sorted_as_one_that_does_not_serve() {
    new CommandLine(new Main(), new Main.SettingsFactory(Settings.from(Map.of())))
        .getSubcommands()
        .keySet()
        .forEach(
            name -> assertEquals(name.equals("serve"), Main.kind(name) == CommandKind.SERVE, name));
    assertEquals("rollback", Main.command("rollback", "leave-policy", "3"));
    assertEquals("", Main.command("--version"));
  }
}
