package org.policybot.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

/** The core answering from the real bundled policy, as the app runs it. */
final class TestPolicies {

  /** The clause that answers "Can I use Twitter at lunch?". */
  static final String LUNCH_CLAUSE = "4.8(b)";

  private TestPolicies() {}

  static PolicyAnswerer answerer() {
    try {
      PolicyIndex index =
          PolicyIndex.build(
              List.of(PolicyParser.parse(Path.of("../policies/social-media-policy.md"))));
      return new PolicyAnswerer(new PolicyLibrary(index), AnswerSettings.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolicyFormatException e) {
      throw new IllegalStateException("the bundled policy no longer parses", e);
    }
  }
}
