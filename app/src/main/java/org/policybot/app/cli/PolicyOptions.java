package org.policybot.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policybot.app.config.Settings;
import org.policybot.app.policy.PolicyFiles;
import org.policybot.app.policy.PolicySource;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.search.PolicyIndex;
import picocli.CommandLine.Option;

/** The {@code --policies DIR} option every command shares, and the answerer built from it. */
final class PolicyOptions {

  @Option(
      names = "--policies",
      paramLabel = "DIR",
      description = "Policy folder (default: $POLICYBOT_POLICIES_DIR, else the bundled policy).")
  Path policies;

  /** Loads the policies and builds an answerer; unusable files are reported on stderr. */
  PolicyAnswerer answerer(Settings settings) {
    Optional<Path> dir = Optional.ofNullable(policies).or(settings::policiesDir);
    PolicySource.Loaded loaded = PolicySource.load(dir);
    for (PolicyFormatException problem : loaded.problems()) {
      System.err.println("policybot: skipped " + problem.getMessage());
    }
    List<Path> ignored = dir.map(PolicyOptions::ignoredFiles).orElse(List.of());
    for (Path file : ignored) {
      System.err.println(
          "policybot: skipped " + file.getFileName() + ": only .md, .markdown and .txt are read");
    }
    if (loaded.policies().isEmpty()) {
      throw new IllegalStateException(
          "no usable policies in "
              + dir.map(Path::toString).orElse("the bundle")
              + (ignored.isEmpty()
                  ? ""
                  : "; save a Word or PDF policy as Markdown (.md) or plain text (.txt) first,"
                      + " see docs/publishing.md"));
    }
    // The built-in examples suit the bundled policy; a trust's own folder needs its own (or none).
    List<String> examples =
        !settings.examples().isEmpty()
            ? settings.examples()
            : dir.isEmpty() ? AnswerSettings.DEFAULT_EXAMPLES : List.of();
    AnswerSettings answers = new AnswerSettings(settings.baseUrl(), settings.hrContact(), examples);
    return new PolicyAnswerer(
        new PolicyLibrary(PolicyIndex.build(loaded.policies(), settings.searchOptions())), answers);
  }

  private static List<Path> ignoredFiles(Path dir) {
    try {
      return PolicyFiles.ignored(dir);
    } catch (IOException e) {
      return List.of(); // the loader has reported an unreadable folder already
    }
  }
}
