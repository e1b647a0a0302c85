package org.policybot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.app.store.PolicyStore;
import org.policybot.app.store.StoreException;
import org.policybot.app.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policybot rollback ID [VERSION]}: makes an earlier version live again. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Make an earlier version of a policy live again.",
      "By default the version before the live text. Recorded in the history as a new version; the"
          + " running bot answers from it within 2 seconds."
    })
public final class RollbackCommand implements Callable<Integer> {

  private final Settings settings;

  @Spec CommandSpec spec;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Parameters(index = "0", paramLabel = "ID", description = "The policy id.")
  String id;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VERSION",
      description = "The version number to restore (see history).")
  Integer version;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who is rolling back (default: $USER).")
  String by;

  public RollbackCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws IOException {
    PolicyStore store = PolicyFolder.store(policyOptions, settings, "rollback");
    PrintWriter out = spec.commandLine().getOut();
    try {
      StoredVersion v =
          store.rollback(
              id,
              version == null ? OptionalInt.empty() : OptionalInt.of(version),
              by != null ? by : settings.publisher());
      out.println(
          String.format(
              Locale.ROOT,
              "Rolled %s back to version %d (%s): live now as version %d, by %s.",
              v.policyId(),
              v.rollbackOf(),
              v.label(),
              v.number(),
              v.by()));
      // The file name shows the format, which matters most for a withdrawn policy brought back.
      out.println(
          "Served from "
              + store.liveFile(v.policyId()).map(f -> f.getFileName().toString()).orElse("?")
              + "; a running bot answers from it within 2 seconds.");
      out.flush();
      return 0;
    } catch (StoreException e) {
      e.report()
          .ifPresent(
              r ->
                  CheckCommand.print(
                      r, out, spec.commandLine().getErr(), CheckCommand.REFUSAL_ERRORS));
      out.println("NOT ROLLED BACK: " + e.getMessage());
      out.flush();
      return 1;
    }
  }
}
