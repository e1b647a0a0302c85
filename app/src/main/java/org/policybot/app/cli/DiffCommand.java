package org.policybot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.app.policy.PolicySource;
import org.policybot.app.store.PolicyStore;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.check.CheckReport;
import org.policybot.index.check.PolicyDiff;
import org.policybot.index.parse.PolicyParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code policybot diff FILE}: what publishing the file would change in the live policy. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what publishing a policy file would change.",
      "Lists the clauses added, removed and reworded (old and new text), and metadata. Compares"
          + " with the live version in the policies folder, or with the bundled policy when no"
          + " folder is configured. Exit status 1 when FILE has errors."
    })
public final class DiffCommand implements Callable<Integer> {

  private final Settings settings;

  @Spec CommandSpec spec;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Mixin PolicyFileArgs policyFile = new PolicyFileArgs();

  public DiffCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report = policyFile.check();
    if (!report.publishable()) {
      CheckCommand.print(report, out, spec.commandLine().getErr());
      out.println(CheckCommand.verdict(report));
      out.flush();
      return 1;
    }
    Policy next = report.policy().orElseThrow();
    Optional<Policy> live = live(next.id());
    out.print(render(live, next, report.source()));
    out.flush();
    return 0;
  }

  /** The live version from the configured folder, else from the bundle. */
  private Optional<Policy> live(String policyId) throws IOException {
    Optional<Path> dir = PolicyFolder.configured(policyOptions, settings);
    if (dir.isEmpty()) {
      return PolicySource.bundled().policies().stream()
          .filter(p -> p.id().equals(policyId))
          .findFirst();
    }
    Optional<Path> liveFile =
        PolicyStore.open(dir.get(), java.time.Clock.systemUTC()).liveFile(policyId);
    if (liveFile.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PolicyParser.parse(liveFile.get()));
    } catch (PolicyFormatException e) {
      // The live file was broken by hand; the bot serves the last good text, which we cannot see.
      spec.commandLine()
          .getErr()
          .println(
              "policybot: the live file does not parse ("
                  + e.getMessage()
                  + "); comparing with nothing");
      return Optional.empty();
    }
  }

  static String render(Optional<Policy> live, Policy next, String source) {
    PolicyDiff diff = PolicyDiff.between(live, next);
    StringBuilder s = new StringBuilder();
    if (live.isEmpty()) {
      s.append(next.id())
          .append(" is not published yet; every clause of ")
          .append(source)
          .append(" is new.\n");
    } else {
      s.append(
          String.format(
              Locale.ROOT,
              "Changes from the live %s (%s) to %s (%s):%n",
              next.id(),
              live.get().versionLabel(),
              source,
              next.versionLabel()));
    }
    if (!diff.metadata().isEmpty()) {
      s.append("\nMetadata:\n");
      for (PolicyDiff.FieldChange f : diff.metadata()) {
        s.append(
            String.format(
                Locale.ROOT, "  %s: %s -> %s%n", f.field(), quoted(f.before()), quoted(f.after())));
      }
    }
    section(s, "Added", diff.added(), "+");
    section(s, "Removed", diff.removed(), "-");
    if (!diff.changed().isEmpty()) {
      s.append("\nChanged (").append(diff.changed().size()).append("):\n");
      for (PolicyDiff.ClauseChange c : diff.changed()) {
        s.append("  ~ ").append(c.after().id()).append('\n');
        if (!c.before().context().equals(c.after().context())) {
          s.append("      lead-in was: ").append(c.before().context()).append('\n');
          s.append("      lead-in now: ").append(c.after().context()).append('\n');
        }
        s.append("      was: ").append(c.before().text()).append('\n');
        s.append("      now: ").append(c.after().text()).append('\n');
      }
    }
    if (!diff.examplesAdded().isEmpty() || !diff.examplesRemoved().isEmpty()) {
      s.append("\nExample questions (never quoted; they help the bot recognise questions):\n");
      for (ExampleQuestion q : diff.examplesAdded()) {
        s.append(String.format(Locale.ROOT, "  + %-8s %s%n", q.clauseId(), q.question()));
      }
      for (ExampleQuestion q : diff.examplesRemoved()) {
        s.append(String.format(Locale.ROOT, "  - %-8s %s%n", q.clauseId(), q.question()));
      }
    }
    s.append(
        String.format(
            Locale.ROOT,
            "%n%d added, %d removed, %d changed, %d unchanged%s%s.%n",
            diff.added().size(),
            diff.removed().size(),
            diff.changed().size(),
            diff.unchanged(),
            diff.metadata().isEmpty() ? "" : ", " + diff.metadata().size() + " metadata change(s)",
            diff.examplesAdded().isEmpty() && diff.examplesRemoved().isEmpty()
                ? ""
                : String.format(
                    Locale.ROOT,
                    ", example questions +%d -%d",
                    diff.examplesAdded().size(),
                    diff.examplesRemoved().size())));
    return s.toString();
  }

  private static void section(
      StringBuilder s, String title, java.util.List<Clause> clauses, String mark) {
    if (clauses.isEmpty()) {
      return;
    }
    s.append('\n').append(title).append(" (").append(clauses.size()).append("):\n");
    for (Clause c : clauses) {
      s.append(String.format(Locale.ROOT, "  %s %-8s %s%n", mark, c.id(), c.text()));
    }
  }

  private static String quoted(String value) {
    return value.isEmpty() ? "(not stated)" : "'" + value + "'";
  }
}
