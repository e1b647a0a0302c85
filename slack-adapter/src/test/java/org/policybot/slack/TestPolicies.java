package org.policybot.slack;

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

/** The real bundled policy behind a real answerer, built once for all tests. */
final class TestPolicies {

  private static PolicyAnswerer answerer;

  private TestPolicies() {}

  static synchronized PolicyAnswerer answerer() {
    if (answerer == null) {
      try {
        PolicyIndex index =
            PolicyIndex.build(
                List.of(PolicyParser.parse(Path.of("../policies/social-media-policy.md"))));
        answerer = new PolicyAnswerer(new PolicyLibrary(index), AnswerSettings.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (PolicyFormatException e) {
        throw new IllegalStateException("the bundled policy must parse", e);
      }
    }
    return answerer;
  }
}
