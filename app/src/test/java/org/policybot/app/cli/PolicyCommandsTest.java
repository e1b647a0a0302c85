package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policybot.app.store.TestPolicies.ID;
import static org.policybot.app.store.TestPolicies.V1;
import static org.policybot.app.store.TestPolicies.V2;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.config.Settings;
import org.policybot.app.store.TestPolicies;
import picocli.CommandLine;

class PolicyCommandsTest {

  @TempDir Path policies;
  @TempDir Path drafts;

  /** What one command printed and returned. */
  private record Run(int exit, String out, String err) {}

  private Settings settings() {
    return Settings.from(
        Map.of(Settings.POLICIES_DIR, policies.toString(), Settings.USER, "hr-tester"));
  }

  private Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path draft(String text) throws IOException {
    return draft(TestPolicies.bytes(text));
  }

  private Path draft(byte[] bytes) throws IOException {
    Path file = drafts.resolve(ID + ".md");
    Files.write(file, bytes);
    return file;
  }

  @Test
  void check_lists_title_version_and_every_clause_with_its_line() throws IOException {
    Run run = run(new CheckCommand(), draft(V2).toString());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().startsWith("leave-policy.md: Leave Policy\n  id:          leave-policy\n"),
        run.out());
    assertTrue(run.out().contains("  version:     V1.1\n"), run.out());
    assertTrue(run.out().contains("  clauses:     10\n"), run.out());
    assertTrue(
        run.out().matches("(?s).*\n    4\\.10     Carers may take five days[^\n]*  line 21\n.*"),
        run.out());
    assertTrue(run.out().endsWith("OK: no errors, 0 warning(s).\n"), run.out());
  }

  @Test
  void check_of_a_broken_file_exits_1_naming_the_file_and_line() throws IOException {
    Run run =
        run(new CheckCommand(), draft(TestPolicies.Broken.DUPLICATE_NUMBER.bytes()).toString());

    assertEquals(1, run.exit());
    assertEquals(
        "leave-policy.md:13: error: clause 4.2 appears twice (first at line 12); clause numbers"
            + " must be unique\n",
        run.err());
    assertTrue(run.out().endsWith("NOT PUBLISHABLE: 1 error(s), 0 warning(s).\n"), run.out());
  }

  @Test
  void check_strict_fails_on_warnings_such_as_a_numbering_gap() throws IOException {
    Path file =
        draft(
            V1.replace("4.5 Time off", "4.6 Time off")
                .replace("4.6 Emergency", "4.7 Emergency")
                .replace("4.7 Study", "4.8 Study")
                .replace("4.8 Leave for", "4.9 Leave for")
                .replace("4.9 Leave is", "4.10 Leave is"));

    Run lenient = run(new CheckCommand(), file.toString());
    Run strict = run(new CheckCommand(), "--strict", file.toString());

    assertEquals(0, lenient.exit());
    assertTrue(
        lenient.out().contains("leave-policy.md:15: warning: numbering jumps from 4.4 to 4.6"),
        lenient.out());
    assertEquals(1, strict.exit());
  }

  @Test
  void diff_shows_added_removed_and_changed_clauses_with_old_and_new_text() throws IOException {
    assertEquals(0, run(new PublishCommand(settings()), draft(V1).toString()).exit());

    Run run = run(new DiffCommand(settings()), draft(V2).toString());

    assertEquals(0, run.exit(), run::toString);
    String expected =
        """
        Changes from the live leave-policy (V1.0) to leave-policy.md (V1.1):

        Metadata:
          version: 'V1.0' -> 'V1.1'

        Added (1):
          + 4.10     Carers may take five days of unpaid carer's leave each year to look after a dependant.

        Removed (1):
          - 5.1      Jury service is paid leave; claim the loss of earnings allowance and give it to payroll.

        Changed (1):
          ~ 4.1
              was: Staff may take up to five days of paid compassionate leave each year after a bereavement.
              now: Staff may take up to seven days of paid compassionate leave each year after a bereavement.

        1 added, 1 removed, 1 changed, 8 unchanged, 1 metadata change(s).
        """;
    assertEquals(expected, run.out());
  }

  @Test
  void publish_history_and_rollback_work_together() throws IOException {
    Run first = run(new PublishCommand(settings()), "--by", "alice", draft(V1).toString());
    Run second = run(new PublishCommand(settings()), draft(V2).toString());

    assertEquals(0, first.exit(), first::toString);
    assertTrue(
        second.out().startsWith("Published leave-policy V1.1 as version 2 by hr-tester (sha256 "),
        second.out());
    assertEquals(V2, Files.readString(policies.resolve(ID + ".md")));
    String history = run(new HistoryCommand(settings()), ID).out();
    assertTrue(
        history.matches("(?s).*\n  1 +\\S+ \\S+ UTC +alice +V1\\.0 .*published\n.*"), history);
    assertTrue(
        history.matches("(?s).*\n\\* 2 +\\S+ \\S+ UTC +hr-tester +V1\\.1 .*published\n.*"),
        history);

    Run back = run(new RollbackCommand(settings()), ID);

    assertEquals(0, back.exit(), back::toString);
    assertTrue(
        back.out()
            .startsWith(
                "Rolled leave-policy back to version 1 (V1.0): live now as version 3, by"
                    + " hr-tester."),
        back.out());
    assertEquals(V1, Files.readString(policies.resolve(ID + ".md")));
    assertTrue(run(new HistoryCommand(settings()), ID).out().contains("rollback to 1\n"));
  }

  @Test
  void publishing_a_broken_file_is_refused_and_the_live_file_stays() throws IOException {
    run(new PublishCommand(settings()), draft(V1).toString());

    Run run =
        run(
            new PublishCommand(settings()),
            draft(TestPolicies.Broken.EMPTY_CLAUSE.bytes()).toString());

    assertEquals(1, run.exit());
    assertTrue(run.err().contains("leave-policy.md:14: error: clause 4.4 has no text"), run.err());
    assertTrue(run.out().contains("NOT PUBLISHED"), run.out());
    assertEquals(V1, Files.readString(policies.resolve(ID + ".md")));
  }

  @Test
  void publishing_without_a_policies_folder_says_how_to_configure_one() throws IOException {
    PublishCommand publish = new PublishCommand(Settings.from(Map.of()));
    publish.policyFile.file = draft(V1);

    IllegalStateException e = assertThrows(IllegalStateException.class, publish::call);

    assertTrue(
        e.getMessage().startsWith("publish needs a policies folder: set POLICYBOT_POLICIES_DIR"),
        e.getMessage());
  }

  @Test
  void examples_prints_a_block_that_parses_as_is_and_counts_once_filled_in() throws IOException {
    Path file = draft(V2.replace("Carers may take five days", "Carers ---> may take five days"));
    Run run = run(new ExamplesCommand(), file.toString(), "--per-clause", "2");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("<!-- PolicyBot example questions"), run.out());
    assertTrue(run.out().contains("\n4.10: \n4.10: \n"), run.out());
    assertEquals(1, run.out().split("-->", -1).length - 1, "clause text must not end the block");

    // Pasted unfilled, it changes nothing and warns of nothing.
    Files.writeString(file, Files.readString(file) + "\n" + run.out());
    Run check = run(new CheckCommand(), file.toString());
    assertTrue(check.out().contains("  example questions: 0, for 0 of 10 clauses\n"), check.out());
    // The only warning is the arrow in the clause itself, not anything from the block.
    assertTrue(check.out().endsWith("OK: no errors, 1 warning(s).\n"), check.out());
    assertTrue(check.out().contains("clause 4.10 contains '-->'"), check.out());

    // One line filled in counts, and the template then asks for one fewer under that clause.
    Files.writeString(
        file,
        Files.readString(file)
            .replaceFirst("\n4\\.10: \n", "\n4.10: can I have time off to care for mum?\n"));
    check = run(new CheckCommand(), file.toString());
    assertTrue(check.out().contains("  example questions: 1, for 1 of 10 clauses\n"), check.out());
    Run again = run(new ExamplesCommand(), file.toString(), "--per-clause", "2");
    assertTrue(again.out().contains(", 1 already: "), again.out());
  }

  @Test
  void publishing_a_version_without_the_live_example_questions_warns_and_still_publishes()
      throws IOException {
    String block =
        "\n<!-- PolicyBot example questions\n4.10: can I have time off to care for mum?\n-->\n";
    assertEquals(0, run(new PublishCommand(settings()), draft(V1 + block).toString()).exit());

    Run run = run(new PublishCommand(settings()), draft(V2).toString());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out()
            .contains("warning: the live version has 1 example questions and this one has none"),
        run.out());
    assertEquals(V2, Files.readString(policies.resolve(ID + ".md")));
    Run again = run(new PublishCommand(settings()), draft(V1 + block).toString());
    assertTrue(!again.out().contains("warning: the live version"), again.out());
  }
}
