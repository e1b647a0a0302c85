package org.policybot.app;

import java.io.PrintWriter;
import java.util.Map;
import org.policybot.app.cli.AskCommand;
import org.policybot.app.cli.BenchCommand;
import org.policybot.app.cli.CheckCommand;
import org.policybot.app.cli.DiffCommand;
import org.policybot.app.cli.EvalCommand;
import org.policybot.app.cli.ExamplesCommand;
import org.policybot.app.cli.HistoryCommand;
import org.policybot.app.cli.PublishCommand;
import org.policybot.app.cli.RollbackCommand;
import org.policybot.app.cli.ServeCommand;
import org.policybot.app.config.CommandKind;
import org.policybot.app.config.Settings;
import org.policybot.app.config.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policybot} command: reads the environment once into {@link Settings} and hands it to
 * the sub-command the user chose.
 */
@Command(
    name = "policybot",
    mixinStandardHelpOptions = true,
    version = "policybot 0.1.0",
    description = "Answers staff questions about HR policies by quoting the exact numbered clause.",
    subcommands = {
      AskCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class,
      CheckCommand.class, DiffCommand.class, PublishCommand.class, HistoryCommand.class,
      RollbackCommand.class, ExamplesCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /**
   * No sub-command: the usage. Printed by this command line, which builds the sub-commands with the
   * settings; {@code CommandLine.usage(this)} would build them again without, and fail.
   */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(run(System.getenv(), args));
  }

  /** Runs the command line with the given environment; returns the exit code. */
  public static int run(Map<String, String> env, String... args) {
    return run(
        env,
        new PrintWriter(System.out, true, System.out.charset()),
        new PrintWriter(System.err, true, System.err.charset()),
        args);
  }

  /** As {@link #run(Map, String...)}, with picocli's output and errors going to the writers. */
  static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    Settings settings;
    try {
      // Help, the version and the usage (no command, or a mistyped one) need no environment, and a
      // bad variable must not hide them: they are how an operator finds out what to set.
      String command = command(args);
      settings =
          command.isEmpty()
              ? Settings.from(Map.of())
              : Settings.from(env, kind(command), w -> err.println("policybot: " + w));
    } catch (SettingsException e) {
      err.println("policybot: " + e.getMessage());
      err.flush();
      return 2;
    }
    CommandLine cli = new CommandLine(new Main(), new SettingsFactory(settings));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("policybot: " + e.getMessage());
          return 1;
        });
    int exit = cli.execute(args);
    out.flush();
    err.flush();
    return exit;
  }

  /**
   * Which variables a sub-command needs valid. Only {@code serve} listens, links and chats; a
   * command not sorted here yet is checked like serve, the safe side.
   */
  static CommandKind kind(String command) {
    return switch (command) {
      case "ask" -> CommandKind.ANSWER;
      case "check", "diff", "publish", "history", "rollback", "examples", "eval", "bench" ->
          CommandKind.POLICY_FILES;
      default -> CommandKind.SERVE;
    };
  }

  /**
   * The sub-command the arguments run, or "" when they run none: no command, a typo, or the usage
   * or version of policybot or of a sub-command, which need no settings. Found by letting picocli
   * parse them; the settings are not read yet, so the commands parsed here get the defaults; they
   * only hold them and are thrown away.
   */
  static String command(String... args) {
    CommandLine probe = new CommandLine(new Main(), new SettingsFactory(Settings.from(Map.of())));
    try {
      CommandLine.ParseResult parsed = probe.parseArgs(args);
      for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
          return "";
        }
      }
      return parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "";
    } catch (CommandLine.ParameterException e) {
      // A mistake in a sub-command's arguments still names the command; execute reports it.
      return e.getCommandLine() == probe ? "" : e.getCommandLine().getCommandName();
    }
  }

  /** Gives every sub-command the settings read from the environment. */
  record SettingsFactory(Settings settings) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Settings.class).newInstance(settings);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
