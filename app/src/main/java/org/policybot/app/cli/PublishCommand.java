package org.policybot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.app.store.PolicyStore;
import org.policybot.app.store.StoreException;
import org.policybot.app.store.StoredVersion;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.check.CheckReport;
import org.policybot.index.parse.PolicyParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policybot publish FILE}: checks a policy and, when it has no errors, makes it live. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Check a policy file and make it the live version.",
      "FILE becomes the live version of its policy in the policies folder; the running bot"
          + " answers from it within 2 seconds. Refused, with the live version untouched, when"
          + " FILE has errors. Every version is kept: see history and rollback."
    })
public final class PublishCommand implements Callable<Integer> {

  private final Settings settings;

  @Spec CommandSpec spec;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Mixin PolicyFileArgs policyFile = new PolicyFileArgs();

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Publisher recorded in the history (default: $USER).")
  String by;

  public PublishCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws IOException {
    PolicyStore store = PolicyFolder.store(policyOptions, settings, "publish");
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report = policyFile.check();
    CheckCommand.print(report, out, spec.commandLine().getErr(), CheckCommand.REFUSAL_ERRORS);
    if (!report.publishable()) {
      out.println(
          "NOT PUBLISHED: " + report.source() + " has errors; the live version is unchanged.");
      out.flush();
      return 1;
    }
    String policyId = report.policy().orElseThrow().id();
    int dropped = examplesOf(store, policyId);
    if (dropped > 0 && report.policy().get().examples().questions().isEmpty()) {
      // A new text pasted from Word loses the block without anyone noticing; answers get worse.
      out.println(
          "warning: the live version has "
              + dropped
              + " example questions and this one has none; copy its example-questions block into"
              + " the new file and publish again (docs/publishing.md#example-questions)");
    }
    try {
      StoredVersion v =
          store.publish(
              policyId,
              report.source(),
              Files.readAllBytes(policyFile.file),
              by != null ? by : settings.publisher());
      out.println(
          String.format(
              Locale.ROOT,
              "Published %s %s as version %d by %s (sha256 %s) into %s.",
              v.policyId(),
              v.label(),
              v.number(),
              v.by(),
              v.sha256().substring(0, 12),
              store.folder()));
      out.println("A running bot answers from it within 2 seconds. " + undo(store, v));
      out.flush();
      return 0;
    } catch (StoreException e) {
      out.println("NOT PUBLISHED: " + e.getMessage());
      out.flush();
      return 1;
    }
  }

  /**
   * How to undo this publish. Rollback needs an earlier, different text; a brand-new policy has
   * none, and advising it only led to "no earlier version to roll back to".
   */
  private static String undo(PolicyStore store, StoredVersion published) throws IOException {
    boolean earlier =
        store.history(published.policyId()).stream()
            .anyMatch(v -> !v.sha256().equals(published.sha256()));
    if (earlier) {
      return "Undo with: policybot rollback " + published.policyId();
    }
    return "This is the first version of "
        + published.policyId()
        + ", so there is none to roll back to; to withdraw it, delete "
        + store.liveFile(published.policyId()).map(Path::toString).orElse(published.policyId())
        + " (its history is kept).";
  }

  /** How many example questions the live version has; 0 when there is none or it cannot be read. */
  private static int examplesOf(PolicyStore store, String policyId) throws IOException {
    Optional<Path> live = store.liveFile(policyId);
    if (live.isEmpty()) {
      return 0;
    }
    try {
      return PolicyParser.parse(live.get()).examples().questions().size();
    } catch (PolicyFormatException e) {
      return 0;
    }
  }
}
