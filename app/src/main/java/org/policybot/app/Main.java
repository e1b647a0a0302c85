package org.policybot.app;

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

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(run(System.getenv(), args));
  }

  /** Runs the command line with the given environment; returns the exit code. */
  public static int run(Map<String, String> env, String... args) {
    Settings settings;
    try {
      settings = Settings.from(env);
    } catch (SettingsException e) {
      System.err.println("policybot: " + e.getMessage());
      return 2;
    }
    CommandLine cli = new CommandLine(new Main(), new SettingsFactory(settings));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("policybot: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
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
