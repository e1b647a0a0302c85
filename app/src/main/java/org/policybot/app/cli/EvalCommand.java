package org.policybot.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.eval.EvalQuestion;
import org.policybot.core.eval.EvalReport;
import org.policybot.core.eval.EvalSet;
import org.policybot.core.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code policybot eval FILE.tsv...}: the quality figures of question files, and every miss. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score question files (question<TAB>clause ids or NONE): Hit@1, Hit@3, MRR, abstention, misses.")
public final class EvalCommand implements Callable<Integer> {

  private final Settings settings;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question files in TSV.")
  List<Path> files;

  public EvalCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws Exception {
    PolicyAnswerer answerer = policyOptions.answerer(settings);
    for (Path file : files) {
      List<EvalQuestion> questions = EvalSet.read(file);
      EvalReport report = Evaluation.run(answerer, questions);
      System.out.println("== " + file);
      System.out.println(report.summary());
      if (!report.misses().isEmpty()) {
        System.out.println("misses:");
        for (EvalReport.Miss m : report.misses()) {
          String expected =
              m.question().inScope() ? String.join(",", m.question().acceptable()) : "NONE";
          System.out.println(
              "  line "
                  + m.question().line()
                  + ": "
                  + m.question().question()
                  + "\n      expected "
                  + expected
                  + "; got "
                  + m.got());
        }
      }
      System.out.println();
    }
    return 0;
  }
}
