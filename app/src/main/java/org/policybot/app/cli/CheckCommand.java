package org.policybot.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.check.CheckReport;
import org.policybot.index.check.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policybot check FILE}: what the bot would read in a policy, and what is wrong with it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a policy file before publishing it.",
      "Lists its title, version and clauses, then its errors and warnings. Exit status: 0 when it"
          + " can be published (warnings allowed), 1 when it has errors."
    })
public final class CheckCommand implements Callable<Integer> {

  /** Clause text is cut to this many characters in the list; diff shows it whole. */
  private static final int PREVIEW = 72;

  /** The id column's width for ordinary numbers ({@code 4.6(c)}, {@code 12.10}). */
  private static final int ID_WIDTH = 8;

  /** The shortest preview a long id leaves. */
  private static final int MIN_PREVIEW = 32;

  @Spec CommandSpec spec;

  @Mixin PolicyFileArgs policyFile = new PolicyFileArgs();

  @Option(names = "--strict", description = "Exit 1 on warnings too (for CI).")
  boolean strict;

  @Override
  public Integer call() {
    CheckReport report = policyFile.check();
    PrintWriter out = spec.commandLine().getOut();
    report.policy().ifPresent(p -> out.print(describe(p, report.source())));
    print(report, out, spec.commandLine().getErr());
    out.println(verdict(report));
    out.flush();
    return report.publishable() && !(strict && !report.warnings().isEmpty()) ? 0 : 1;
  }

  /**
   * The most errors publish and rollback list when they refuse a file; {@code check} lists every
   * error it keeps, as it is where HR goes to fix them.
   */
  static final int REFUSAL_ERRORS = 20;

  /**
   * Errors to stderr, warnings to stdout, each as {@code file:line: severity: message}; every error
   * kept, in line order.
   */
  static void print(CheckReport report, PrintWriter out, PrintWriter err) {
    print(report, out, err, PolicyFormatException.MAX_PROBLEMS);
  }

  /**
   * Like {@link #print(CheckReport, PrintWriter, PrintWriter)}, with at most {@code maxErrors}
   * errors listed and then {@code file: error: and 3 more errors}.
   */
  static void print(CheckReport report, PrintWriter out, PrintWriter err, int maxErrors) {
    for (String line : report.errorLines(maxErrors)) {
      err.println(line);
    }
    err.flush();
    for (Finding f : report.warnings()) {
      out.println(f);
    }
  }

  static String verdict(CheckReport report) {
    int errors = report.errorCount();
    int warnings = report.warnings().size();
    if (errors > 0) {
      return String.format(
          Locale.ROOT, "NOT PUBLISHABLE: %d error(s), %d warning(s).", errors, warnings);
    }
    return String.format(Locale.ROOT, "OK: no errors, %d warning(s).", warnings);
  }

  static String describe(Policy p, String source) {
    StringBuilder s = new StringBuilder();
    s.append(source).append(": ").append(p.title()).append('\n');
    s.append("  id:          ").append(p.id()).append('\n');
    s.append("  version:     ").append(p.versionLabel()).append('\n');
    s.append("  owner:       ").append(orNone(p.metadata().owner())).append('\n');
    s.append("  approved:    ").append(orNone(p.metadata().approvalDate())).append('\n');
    s.append("  review date: ").append(orNone(p.metadata().reviewDate())).append('\n');
    s.append("  clauses:     ").append(p.clauses().size()).append('\n');
    // Ids are written in full, since HR copy them into example questions; a long one ("2(a) under
    // Public transport") widens the id column and shortens the preview, so the lines stay aligned.
    int idWidth = p.clauses().stream().mapToInt(c -> c.id().length()).max().orElse(0);
    idWidth = Math.max(ID_WIDTH, idWidth);
    int preview = Math.max(MIN_PREVIEW, PREVIEW + ID_WIDTH - idWidth);
    for (Clause c : p.clauses()) {
      s.append(
          String.format(
              Locale.ROOT,
              "    %-" + idWidth + "s %-" + preview + "s  line %d%n",
              c.id(),
              preview(c.text(), preview),
              c.line()));
    }
    List<ExampleQuestion> examples = p.examples().questions();
    Map<String, List<String>> asked = p.examples().byClause();
    long covered = p.clauses().stream().filter(c -> asked.containsKey(c.id())).count();
    s.append(
        String.format(
            Locale.ROOT,
            "  example questions: %d, for %d of %d clauses%n",
            examples.size(),
            covered,
            p.clauses().size()));
    return s.toString();
  }

  /** The start of a text, cut with "..." so a listing keeps one line per clause. */
  static String preview(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "(not stated)" : value;
  }
}
