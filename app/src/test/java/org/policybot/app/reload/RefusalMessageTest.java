package org.policybot.app.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.ID;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.V2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.policy.PolicySource;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.search.PolicyIndex;

/** A refused file's reload problem, which the WARN log and the status report show, lists all. */
class RefusalMessageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private FolderScan scan;

  @BeforeEach
  void serve() throws IOException {
    Files.writeString(dir.resolve(ID + ".md"), V1);
    PolicyLibrary library =
        new PolicyLibrary(PolicyIndex.build(PolicySource.folder(dir).policies()));
    scan = new FolderScan(dir, library, CLOCK);
  }

  private ReloadResult.Problem refusalOf(String text) throws IOException {
    Files.writeString(dir.resolve(ID + ".md"), text);
    ReloadResult result = scan.reload();
    assertEquals(1, result.problems().size(), result::summary);
    return result.problems().get(0);
  }

  @Test
  void every_error_of_a_refused_file_is_on_its_one_line() throws IOException {
    ReloadResult.Problem p =
        refusalOf(
            V2.replace("4.3 Maternity", "4.2 Maternity")
                .replace("4.4 Paternity leave of two weeks is paid in full.", "4.4"));

    assertEquals(
        "leave-policy.md:13: error: clause 4.2 appears twice (first at line 12); clause numbers"
            + " must be unique | leave-policy.md:14: error: clause 4.4 has no text",
        p.message());
    assertTrue(p.previousServing());
  }

  @Test
  void a_single_error_reads_as_before() throws IOException {
    ReloadResult.Problem p = refusalOf(V2.replace("4.3 Maternity", "4.2 Maternity"));

    assertEquals(
        "leave-policy.md:13: error: clause 4.2 appears twice (first at line 12); clause numbers"
            + " must be unique",
        p.message());
  }

  @Test
  void the_errors_listed_stop_at_twenty_and_the_rest_are_counted() throws IOException {
    ReloadResult.Problem p = refusalOf(V1 + "4.1 Again.\n".repeat(130));

    List<String> parts = List.of(p.message().split(" \\| "));
    assertEquals(FolderScan.LOGGED_ERRORS + 1, parts.size(), p.message());
    assertEquals(
        "leave-policy.md:43: error: clause 4.1 appears twice (first at line 11); clause numbers"
            + " must be unique",
        parts.get(19));
    assertEquals("leave-policy.md: error: and 110 more errors", parts.get(20));
  }
}
