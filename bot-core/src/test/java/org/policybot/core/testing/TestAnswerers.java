package org.policybot.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;

/**
 * The real core answering from the bundled policy, as the app runs it, for tests in any module.
 * Building the index is the slow part, so {@link #shared()} builds it once per JVM; tests that
 * publish into the library or need other settings take a {@link #fresh} answerer of their own.
 * Thread-safe.
 */
public final class TestAnswerers {

  /** The bundled policy, relative to a module folder (where Maven runs each module's tests). */
  public static final Path BUNDLED_POLICY = Path.of("../policies/social-media-policy.md");

  /** The clause of the bundled policy that answers "Can I use Twitter at lunch?". */
  public static final String LUNCH_CLAUSE = "4.8(b)";

  private static Policy policy;
  private static PolicyAnswerer shared;

  private TestAnswerers() {}

  /**
   * One answerer with default settings for the whole JVM. Tests must not publish into its library:
   * the state would reach every other test.
   */
  public static synchronized PolicyAnswerer shared() {
    if (shared == null) {
      shared = fresh(AnswerSettings.defaults());
    }
    return shared;
  }

  /** An answerer with a library of its own, so what a test publishes reaches no other test. */
  public static PolicyAnswerer fresh(AnswerSettings settings) {
    return new PolicyAnswerer(
        new PolicyLibrary(PolicyIndex.build(List.of(bundledPolicy()))), settings);
  }

  /** The bundled policy, parsed once; policies are immutable values. */
  public static synchronized Policy bundledPolicy() {
    if (policy == null) {
      try {
        policy = PolicyParser.parse(BUNDLED_POLICY);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (PolicyFormatException e) {
        throw new IllegalStateException("the bundled policy must parse", e);
      }
    }
    return policy;
  }
}
