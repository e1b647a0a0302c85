package org.policybot.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.app.bench.AnswerBenchmark;
import org.policybot.app.bench.SyntheticCorpus;
import org.policybot.app.config.Settings;
import org.policybot.app.policy.PolicySource;
import org.policybot.core.eval.EvalQuestion;
import org.policybot.core.eval.EvalSet;
import org.policybot.index.Policy;
import org.policybot.index.search.SearchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code policybot bench}: answer latency (p50/p99) and throughput on one thread, index build time
 * and heap, for the configured policies and for a generated library of many policies.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure index build time, memory and answer latency in-process.")
public final class BenchCommand implements Callable<Integer> {

  private final Settings settings;

  @Option(
      names = "--policies",
      paramLabel = "DIR",
      description = "Policy folder (default: configured or bundled).")
  Path policies;

  @Option(
      names = "--questions",
      paramLabel = "FILE",
      description = "Question file (TSV); default: built-in staff questions.")
  Path questions;

  @Option(
      names = "--generated",
      paramLabel = "POLICIESxCLAUSES",
      defaultValue = "200x50",
      description = "Generated library size (default ${DEFAULT-VALUE}); 0 to skip.")
  String generated;

  @Option(names = "--lexical-only", description = "Skip the semantic re-ranking scenarios.")
  boolean lexicalOnly;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measuring time per scenario (default ${DEFAULT-VALUE}).")
  int seconds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public BenchCommand(Settings settings) {
    this.settings = settings;
  }

  static final List<String> DEFAULT_QUESTIONS =
      List.of(
          "Can I post about my school?",
          "can i add an ex-pupil on insta",
          "Can I use Twitter at lunch?",
          "could I get sacked for tweeting at work",
          "What counts as confidential information?",
          "Should my Facebook profile be private?",
          "Can I criticise my boss online?",
          "Do I need a disclaimer on my blog?",
          "how much annual leave do I get",
          "What is the dress code?",
          "can i post abt my skool on fb",
          "Who can speak for the trust on social media?");

  private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

  /** "200x50" as policies and clauses each, or null when it is not that shape. */
  static int[] librarySize(String generated) {
    Matcher m = SIZE.matcher(generated.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
      return null;
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  @Override
  public Integer call() throws Exception {
    int[] size = generated.strip().equals("0") ? new int[0] : librarySize(generated);
    if (size == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--generated must be POLICIESxCLAUSES such as 200x50, or 0 to skip; got '"
              + generated
              + "'");
    }
    if (seconds < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--seconds must be 1 or more; got " + seconds);
    }
    if (questions != null && !Files.isReadable(questions)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--questions: cannot read " + questions);
    }
    List<Policy> real =
        PolicySource.load(java.util.Optional.ofNullable(policies).or(settings::policiesDir))
            .policies();
    List<String> qs = new ArrayList<>();
    if (questions != null) {
      for (EvalQuestion q : EvalSet.read(questions)) {
        qs.add(q.question());
      }
    } else {
      qs.addAll(DEFAULT_QUESTIONS);
    }
    System.out.printf(
        "JVM %s, %d processors, max heap %d MB%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<List<Policy>> corpora = new ArrayList<>();
    List<String> names = new ArrayList<>();
    corpora.add(real);
    names.add("configured policies");
    if (size.length == 2) {
      List<Policy> corpus = new ArrayList<>(real);
      corpus.addAll(SyntheticCorpus.generate(real, size[0], size[1], 42));
      corpora.add(corpus);
      names.add("configured + generated " + generated);
    }
    // POLICYBOT_QUESTION_TUNING=false measures what the tuned question model costs, and
    // POLICYBOT_CROSS_ENCODER=true what the cross-encoder costs.
    SearchOptions semantic =
        new SearchOptions(true, settings.questionTuning(), settings.crossEncoder());
    for (int c = 0; c < corpora.size(); c++) {
      AnswerBenchmark.run(
          names.get(c), corpora.get(c), qs, SearchOptions.lexicalOnly(), true, seconds, System.out);
      if (!lexicalOnly) {
        AnswerBenchmark.run(names.get(c), corpora.get(c), qs, semantic, true, seconds, System.out);
        AnswerBenchmark.run(names.get(c), corpora.get(c), qs, semantic, false, seconds, System.out);
      }
    }
    return 0;
  }
}
