package org.policybot.index.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policybot.index.Policy;

/**
 * The outcome of checking one policy document.
 *
 * @param source the file name checked
 * @param policy the parsed policy, present unless an error stopped parsing
 * @param findings errors first, then warnings, each in document order
 */
public record CheckReport(String source, Optional<Policy> policy, List<Finding> findings) {

  public CheckReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(policy, "policy");
    findings = List.copyOf(findings);
    if (policy.isEmpty()
        && findings.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR)) {
      throw new IllegalArgumentException(source + ": a report without a policy must say why");
    }
  }

  /** The problems that block publishing. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
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
