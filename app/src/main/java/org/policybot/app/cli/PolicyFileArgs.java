package org.policybot.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.policybot.index.check.CheckReport;
import org.policybot.index.check.PolicyCheck;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The policy file that {@code check}, {@code diff} and {@code publish} read, its {@code --id}, and
 * the check they all start with. Review dates are judged by a UTC clock, like the store's, so the
 * verdict does not depend on the machine's time zone.
 */
final class PolicyFileArgs {

  @Parameters(paramLabel = "FILE", description = "The policy document (.md or .txt).")
  Path file;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Policy id (default: the file name without extension).")
  String id;

  /** Today's date comes from here; tests may set another clock. */
  Clock clock = Clock.systemUTC();

  /** Checks the file as it would be published, with today's date for the review-date check. */
  CheckReport check() {
    return PolicyCheck.check(
        Objects.requireNonNull(file, "file"), Optional.ofNullable(id), LocalDate.now(clock));
  }
}
