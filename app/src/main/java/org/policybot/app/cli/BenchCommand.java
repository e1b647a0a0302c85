package org.policybot.app.cli;

import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import picocli.CommandLine.Command;

/** {@code policybot bench}: placeholder wired below. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure answer latency and index build time.")
public final class BenchCommand implements Callable<Integer> {

  private final Settings settings;

  public BenchCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("not yet");
  }
}
