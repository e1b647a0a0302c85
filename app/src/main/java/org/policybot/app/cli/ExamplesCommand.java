package org.policybot.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policybot.app.config.Settings;
import org.policybot.core.feedback.AnswerLogReader;
import org.policybot.core.feedback.LoggedQuestion;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.check.CheckReport;
import org.policybot.index.search.SearchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policybot examples FILE}: an example-questions block for HR to fill in and paste into the
 * policy, with empty lines for the clauses that have too few examples yet. Example questions are
 * the biggest single gain in answer quality (docs/quality.md), so a new policy should start here.
 */
@Command(
    name = "examples",
    mixinStandardHelpOptions = true,
    description = {
      "Print example questions for HR to fill in for a policy file.",
      "The block goes at the end of the policy file: empty lines for each clause with fewer than"
          + " --per-clause examples. Empty lines are ignored, so a half-filled block can be"
          + " published.",
      "With --from-log: the questions staff asked that were answered \"not covered\" or voted"
          + " \"Not helpful\" on this policy, read from the server's log, each with the policy's"
          + " closest clauses, for HR to number (see docs/publishing.md)."
    })
public final class ExamplesCommand implements Callable<Integer> {

  /** Clause text shown above its empty lines, so HR need not switch documents. */
  private static final int PREVIEW = 90;

  @Spec CommandSpec spec;

  private final SearchOptions search;

  @Mixin PolicyFileArgs policyFile = new PolicyFileArgs();

  @Option(
      names = "--per-clause",
      paramLabel = "N",
      description =
          "How many example questions each clause should have (default ${DEFAULT-VALUE}).")
  int perClause = 6;

  @Option(
      names = "--from-log",
      paramLabel = "LOG",
      description = "A server log file to read staff questions from (repeatable).")
  List<Path> logs = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "With --from-log, at most N questions, most often missed first (default ${DEFAULT-VALUE}).")
  int limit = 50;

  /** With the sentence model and question tuning as the environment sets them for answers. */
  public ExamplesCommand(Settings settings) {
    this.search = settings.searchOptions();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (perClause < 1 || perClause > 30) {
      spec.commandLine().getErr().println("policybot: --per-clause must be between 1 and 30");
      return 2;
    }
    CheckReport report = policyFile.check();
    if (report.policy().isEmpty()) {
      CheckCommand.print(report, out, spec.commandLine().getErr());
      out.flush();
      return 1;
    }
    if (!logs.isEmpty()) {
      return fromLogs(report.policy().get(), out);
    }
    out.print(template(report.policy().get(), perClause));
    out.flush();
    return 0;
  }

  private int fromLogs(Policy policy, PrintWriter out) {
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("policybot: --limit must be at least 1");
      return 2;
    }
    for (Path log : logs) {
      if (!Files.isRegularFile(log) || !Files.isReadable(log)) {
        err.println("policybot: no readable log file: " + log);
        return 2;
      }
    }
    AnswerLogReader.Result read;
    try {
      read = AnswerLogReader.read(() -> LogLines.of(logs));
    } catch (UncheckedIOException e) {
      err.println("policybot: cannot read the log: " + e.getCause().getMessage());
      return 2;
    }
    String source = logs.stream().map(Path::toString).collect(Collectors.joining(", "));
    if (read.answers() == 0) {
      out.println(
          "No answer with its question in "
              + source
              + ". Question text is logged only with POLICYBOT_LOG_QUESTIONS=true (page and API)"
              + " and POLICYBOT_LOG_CHAT_QUESTIONS=true (Slack and Teams), in the default log"
              + " pattern.");
      out.flush();
      return 0;
    }
    List<LoggedQuestion> questions = LoggedQuestionsBlock.about(policy, read.toLearnFrom());
    if (questions.isEmpty()) {
      out.println(
          "Of the "
              + read.answers()
              + " answers in "
              + source
              + ", none to learn from for "
              + policy.id()
              + ": no question was answered \"not covered\" or voted \"Not helpful\" on this"
              + " policy that is not an example question already.");
      out.flush();
      return 0;
    }
    out.print(
        LoggedQuestionsBlock.render(
            policy, questions.subList(0, Math.min(limit, questions.size())), source, search));
    if (questions.size() > limit) {
      int more = questions.size() - limit;
      err.println(
          "policybot: "
              + more
              + (more == 1 ? " more question" : " more questions")
              + " left out (--limit).");
    }
    out.flush();
    return 0;
  }

  static String template(Policy policy, int perClause) {
    StringBuilder s = new StringBuilder();
    int missing = 0;
    Map<String, List<String>> asked = policy.examples().byClause();
    for (Clause c : policy.clauses()) {
      int has = asked.getOrDefault(c.id(), List.of()).size();
      // Examples are read under clause numbers; an item of an unnumbered section has none.
      if (has >= perClause || !Character.isDigit(c.id().charAt(0))) {
        continue;
      }
      s.append('\n')
          .append("Clause ")
          .append(c.id())
          .append(c.sectionTitle().isEmpty() ? "" : " (" + safe(c.sectionTitle()) + ")")
          .append(has == 0 ? "" : ", " + has + " already")
          .append(": ")
          .append(safe(CheckCommand.preview(c.text(), PREVIEW)))
          .append('\n');
      for (int i = has; i < perClause; i++) {
        s.append(c.id()).append(": \n");
        missing++;
      }
    }
    if (missing == 0) {
      return "Every clause of "
          + policy.id()
          + " has at least "
          + perClause
          + " example questions.\n";
    }
    return "<!-- PolicyBot example questions: the clause number, a colon, the question. Write short"
        + " questions\nthe way staff would ask them, each answered by the clause it is under."
        + " Empty lines are ignored.\n"
        + s
        + "-->\n";
  }

  /** Text shown inside the comment must neither end it ("-->", "--->") nor open another. */
  static String safe(String text) {
    String s = text;
    while (s.contains("--")) {
      s = s.replace("--", "-");
    }
    return s;
  }
}
