package org.policybot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.app.store.PolicyFormat;
import org.policybot.app.store.PolicyStore;
import org.policybot.app.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policybot history ID}: every version of a policy that was made live. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "List every version of a policy that was made live.",
      "Shows when, by whom, the version label, the hash and the format (md or txt) of each."
    })
public final class HistoryCommand implements Callable<Integer> {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Settings settings;

  @Spec CommandSpec spec;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Parameters(paramLabel = "ID", description = "The policy id (its file name without extension).")
  String id;

  public HistoryCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws IOException {
    PolicyStore store = PolicyFolder.store(policyOptions, settings, "history");
    PrintWriter out = spec.commandLine().getOut();
    List<StoredVersion> history = store.history(id);
    if (history.isEmpty()) {
      out.println(id + " has no published versions in " + store.folder() + ".");
      out.flush();
      return store.liveFile(id).isPresent() ? 0 : 1;
    }
    out.print(render(id, history, store.liveVersion(id), store.liveFile(id).isPresent()));
    out.flush();
    return 0;
  }

  static String render(
      String id, List<StoredVersion> history, Optional<StoredVersion> live, boolean liveFile) {
    // Columns as wide as their longest value: a publisher such as "(edited in the policies
    // folder)" pushed every later column out of line.
    int by = Math.max(20, history.stream().mapToInt(v -> v.by().length()).max().orElse(0));
    int label = Math.max(12, history.stream().mapToInt(v -> v.label().length()).max().orElse(0));
    String columns = " %-23s %-" + by + "s %-" + label + "s %-12s %-6s %s%n";
    StringBuilder s = new StringBuilder("Versions of " + id + " (* = live):\n");
    s.append(
        String.format(
            Locale.ROOT,
            "  %-4s" + columns,
            "#",
            "when",
            "by",
            "version",
            "sha256",
            "format",
            "how"));
    for (StoredVersion v : history) {
      String mark = live.filter(v::equals).isPresent() ? "*" : " ";
      s.append(
          String.format(
              Locale.ROOT,
              "%s %-4d" + columns,
              mark,
              v.number(),
              TIME.format(v.at()),
              v.by(),
              v.label(),
              v.sha256().substring(0, 12),
              v.format().map(PolicyFormat::key).orElse("?"),
              how(v)));
    }
    if (history.stream().anyMatch(v -> v.format().isEmpty())) {
      // Stored before formats were recorded: say what a rollback will do with them.
      s.append(
          "? = stored before PolicyBot recorded formats; a rollback restores it in the format of"
              + " the live file, or as Markdown (.md) when the policy is not live.\n");
    }
    if (live.isEmpty()) {
      s.append(
          liveFile
              ? "The live file was edited in the folder since; the next publish or rollback records"
                  + " it.\n"
              : "The policy is not live: its file is not in the folder.\n");
    }
    return s.toString();
  }

  private static String how(StoredVersion v) {
    return switch (v.action()) {
      case PUBLISHED -> "published";
      case ROLLED_BACK -> "rollback to " + v.rollbackOf();
      case FOUND_IN_FOLDER -> "found in folder";
    };
  }
}
