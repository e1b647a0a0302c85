package org.policybot.index.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.PolicyFormatException;

/** The check lists every repeated clause number and empty clause, each at its own line. */
class EveryErrorListedTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static final String RENUMBERED =
      """
      # LEAVE POLICY

      ## 1. Requests

      1.1 Staff must ask in writing.
      1.2 The head replies within five days.

      1.3

      1.2 Staff may withdraw a request.
      """;

  private static CheckReport check(String text) {
    return PolicyCheck.check(
        "leave-policy", "leave-policy.md", text.getBytes(StandardCharsets.UTF_8), TODAY);
  }

  private static Finding error(int line, String message) {
    return new Finding(Finding.Severity.ERROR, "leave-policy.md", line, message);
  }

  @Test
  void each_error_is_a_finding_at_its_own_line() {
    CheckReport report = check(RENUMBERED);

    assertFalse(report.publishable());
    assertEquals(
        List.of(
            error(8, "clause 1.3 has no text"),
            error(10, "clause 1.2 appears twice (first at line 6); clause numbers must be unique")),
        report.findings());
    assertEquals(2, report.errorCount());
  }

  @Test
  void error_lines_stop_at_the_limit_and_count_the_rest() {
    CheckReport report = check(RENUMBERED);

    assertEquals(
        List.of(
            "leave-policy.md:8: error: clause 1.3 has no text",
            "leave-policy.md: error: and 1 more error"),
        report.errorLines(1));
    assertEquals(2, report.errorLines(20).size());
  }

  @Test
  void errors_beyond_those_the_parser_keeps_are_counted_and_announced() {
    CheckReport report =
        check("# P\n\n## 1. Scope\n\n1.1 Text.\n" + "1.1 Text again.\n".repeat(150));

    assertEquals(PolicyFormatException.MAX_PROBLEMS, report.errors().size());
    assertEquals(50, report.unlistedErrors());
    assertEquals(150, report.errorCount());
    List<String> lines = report.errorLines(PolicyFormatException.MAX_PROBLEMS);
    assertEquals(101, lines.size());
    assertEquals("leave-policy.md: error: and 50 more errors", lines.get(100));
  }

  @Test
  void a_report_with_a_policy_cannot_claim_unlisted_errors() {
    CheckReport good = check("# P\n\n## 1. Scope\n\n1.1 Text.\n");

    assertThrows(
        IllegalArgumentException.class,
        () -> new CheckReport(good.source(), good.policy(), good.findings(), 3));
  }
}
