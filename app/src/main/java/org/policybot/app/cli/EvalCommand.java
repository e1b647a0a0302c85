package org.policybot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.eval.EvalQuestion;
import org.policybot.core.eval.EvalReport;
import org.policybot.core.eval.EvalSet;
import org.policybot.core.eval.Evaluation;
import org.policybot.index.check.PolicyCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policybot eval FILE.tsv...}: the quality figures of question files, and every miss. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score question files: Hit@1, Hit@3, MRR, abstention and misses.",
      "Each line of a file is a question, a tab, then the clause ids that answer it (best first)"
          + " or NONE. Lines starting with # are comments."
    })
public final class EvalCommand implements Callable<Integer> {

  /** Unknown clause ids named in the warning; a set for another policy can have dozens. */
  private static final int SHOWN = 10;

  private final Settings settings;

  @Spec CommandSpec spec;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question files in TSV.")
  List<Path> files;

  public EvalCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Every file is read before the policies are loaded, so a bad one fails at once.
    Map<Path, List<EvalQuestion>> sets = new LinkedHashMap<>();
    for (Path file : files) {
      String problem = read(file, sets);
      if (problem != null) {
        err.println("policybot: " + problem);
        err.flush();
        return 1;
      }
    }
    PolicyAnswerer answerer = policyOptions.answerer(settings);
    for (Map.Entry<Path, List<EvalQuestion>> set : sets.entrySet()) {
      List<EvalQuestion> questions = set.getValue();
      EvalReport report = Evaluation.run(answerer, questions);
      out.println("== " + set.getKey());
      List<String> unknown =
          Evaluation.unknownClauses(questions, answerer.library().current().policies());
      int indexed = answerer.library().current().policies().size();
      if (!unknown.isEmpty()) {
        out.println(unknownWarning(unknown));
      } else if (report.policy().isEmpty() && indexed > 1) {
        // Then another policy's clause with a named number counts as a hit, as it did before.
        out.println(
            "note: more than one of the "
                + indexed
                + " indexed policies has every clause this set names, so a clause of any of them"
                + " with a named number counts (index only the set's policy with --policies to be"
                + " sure)");
      }
      out.println(report.summary());
      if (!report.misses().isEmpty()) {
        out.println("misses:");
        for (EvalReport.Miss m : report.misses()) {
          String expected =
              m.question().inScope() ? String.join(",", m.question().acceptable()) : "NONE";
          out.println(
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
      out.println();
    }
    out.flush();
    return 0;
  }

  /** Reads one file into {@code sets}; returns what is wrong with it, or null. */
  private static String read(Path file, Map<Path, List<EvalQuestion>> sets) {
    List<EvalQuestion> questions;
    try {
      questions = EvalSet.read(file);
    } catch (CharacterCodingException e) {
      return file + " is not UTF-8 text; save it as UTF-8 tab-separated text (.tsv)";
    } catch (IOException e) {
      return file + " cannot be read: " + PolicyCheck.whyUnreadable(file, e);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (questions.isEmpty()) {
      // Scoring nothing would print 0/0 as 100%, which reads as a pass.
      return file + " has no questions: expected lines of 'question<TAB>clause ids or NONE'";
    }
    sets.put(file, questions);
    return null;
  }

  /** A set written for another policy would otherwise just score 0% with nothing looking wrong. */
  static String unknownWarning(List<String> unknown) {
    List<String> shown = unknown.subList(0, Math.min(SHOWN, unknown.size()));
    String names =
        shown.size() == 1
            ? "clause " + shown.get(0)
            : "clauses "
                + String.join(", ", shown.subList(0, shown.size() - 1))
                + (unknown.size() > SHOWN ? ", " : " or ")
                + shown.get(shown.size() - 1)
                + (unknown.size() > SHOWN ? " or " + (unknown.size() - SHOWN) + " more" : "");
    return "warning: no indexed policy has "
        + names
        + "; the rows naming them can only miss (is this set for another policy? see"
        + " --policies)";
  }
}
