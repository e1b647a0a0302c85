package org.policybot.index.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;

/**
 * The outcome of checking one policy document.
 *
 * @param source the file name checked
 * @param policy the parsed policy, present unless an error stopped parsing
 * @param findings errors first, then warnings, each in document order
 * @param unlistedErrors errors found beyond those listed: a file can hold thousands of repeated
 *     clause numbers, and only the first {@link PolicyFormatException#MAX_PROBLEMS} are kept
 */
public record CheckReport(
    String source, Optional<Policy> policy, List<Finding> findings, int unlistedErrors) {

  public CheckReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(policy, "policy");
    findings = List.copyOf(findings);
    if (policy.isEmpty()
        && findings.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR)) {
      throw new IllegalArgumentException(source + ": a report without a policy must say why");
    }
    if (unlistedErrors < 0 || unlistedErrors > 0 && policy.isPresent()) {
      throw new IllegalArgumentException(
          source + ": unlisted errors must be 0, or more without a policy: " + unlistedErrors);
    }
  }

  /** A report that lists every error it found. */
  public CheckReport(String source, Optional<Policy> policy, List<Finding> findings) {
    this(source, policy, findings, 0);
  }

  /** The problems that block publishing. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
  }

  /** How many errors were found, listed or not. */
  public int errorCount() {
    return errors().size() + unlistedErrors;
  }

  /**
   * The errors as lines for HR, {@code leave.md:12: error: clause 4.3 has no text}: at most {@code
   * max} of them, then {@code leave.md: error: and 3 more errors} for the rest, listed or not.
   *
   * @param max how many errors to list, at least 1
   */
  public List<String> errorLines(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1: " + max);
    }
    List<Finding> errors = errors();
    List<String> out = new ArrayList<>();
    for (Finding f : errors.subList(0, Math.min(max, errors.size()))) {
      out.add(f.toString());
    }
    int rest = errors.size() + unlistedErrors - out.size();
    if (rest > 0) {
      out.add(
          new Finding(Finding.Severity.ERROR, source, 0, "and " + PolicyFormatException.more(rest))
              .toString());
    }
    return out;
  }

  /** The problems worth fixing that do not block publishing. */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
  }

  /** Whether the document may be published. */
  public boolean publishable() {
    return policy.isPresent() && errors().isEmpty();
  }
}
