package org.policybot.app.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.app.config.Settings;
import org.policybot.app.json.AnswerJson;
import org.policybot.core.Answer;
import org.policybot.core.PolicyAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policybot ask}: one question from the arguments, or many as JSON lines from stdin. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Answer a question by quoting the policy clause that answers it.",
      "Example: policybot ask \"Can I post about my school?\". With --json, read questions from"
          + " standard input, one per line, and write one JSON object per line."
    })
public final class AskCommand implements Callable<Integer> {

  private final Settings settings;

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Option(
      names = "--json",
      description = "Read questions from stdin, one per line; write JSON lines.")
  boolean json;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (quote it).")
  List<String> words = List.of();

  /** Standard input and output; tests replace them. */
  InputStream stdin = System.in;

  OutputStream stdout = System.out;

  public AskCommand(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Integer call() throws Exception {
    PolicyAnswerer answerer = policyOptions.answerer(settings);
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    if (json) {
      BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      if (!words.isEmpty()) {
        out.println(AnswerJson.line(answerer.answer(String.join(" ", words))));
      }
      String line;
      while ((line = in.readLine()) != null) {
        out.println(AnswerJson.line(answerer.answer(line)));
        out.flush();
      }
      out.flush();
      return 0;
    }
    Answer answer = answerer.answer(String.join(" ", words));
    out.print(ConsoleAnswer.render(answer));
    out.flush();
    return 0;
  }
}
