package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
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
  void check_keeps_its_listing_aligned_when_a_sub_heading_makes_an_id_long() throws IOException {
    Run run =
        run(
            new CheckCommand(),
            draft(
                    """
                    # Expenses Policy

                    ## 2. Travel

                    ### Mileage

                    (a) Mileage is paid at 45p per mile.

                    ### Public transport: rail and bus

                    (a) Rail travel must be standard class and booked through the school office.

                    ## 3. Meals

                    3.1 Meals are paid up to ten pounds.
                    """)
                .toString());

    assertEquals(0, run.exit(), run::toString);
    List<String> rows =
        run.out().lines().filter(l -> l.startsWith("    ") && l.matches(".*  line \\d+")).toList();
    assertEquals(3, rows.size(), run.out());
    assertTrue(
        rows.get(1).startsWith("    2(a) under Public transport, rail and bus Rail"), rows.get(1));
    assertTrue(rows.get(2).startsWith("    3.1 "), rows.get(2));
    // Every row's "line N" starts in the same column.
    assertEquals(1, rows.stream().map(l -> l.lastIndexOf("  line ")).distinct().count(), run.out());
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
  void check_lists_every_repeated_number_and_empty_clause_at_its_line_and_exits_1()
      throws IOException {
    Path file =
        draft(
            V2.replace("4.3 Maternity", "4.2 Maternity")
                .replace("4.4 Paternity leave of two weeks is paid in full.", "4.4")
                .replace("4.6 Emergency", "4.5 Emergency"));

    Run run = run(new CheckCommand(), file.toString());

    assertEquals(1, run.exit());
    assertEquals(
        """
        leave-policy.md:13: error: clause 4.2 appears twice (first at line 12); clause numbers \
        must be unique
        leave-policy.md:14: error: clause 4.4 has no text
        leave-policy.md:16: error: clause 4.5 appears twice (first at line 15); clause numbers \
        must be unique
        """,
        run.err());
    assertTrue(run.out().endsWith("NOT PUBLISHABLE: 3 error(s), 0 warning(s).\n"), run.out());
  }

  @Test
  void check_of_a_file_with_more_errors_than_are_kept_lists_a_hundred_and_counts_the_rest()
      throws IOException {
    Run run = run(new CheckCommand(), draft(V1 + "4.1 Again.\n".repeat(150)).toString());

    assertEquals(1, run.exit());
    List<String> lines = run.err().lines().toList();
    assertEquals(101, lines.size(), run.err());
    assertEquals(
        "leave-policy.md:24: error: clause 4.1 appears twice (first at line 11); clause numbers"
            + " must be unique",
        lines.get(0));
    assertEquals("leave-policy.md: error: and 50 more errors", lines.get(100));
    assertTrue(run.out().endsWith("NOT PUBLISHABLE: 150 error(s), 0 warning(s).\n"), run.out());
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
  void check_warns_at_text_under_a_heading_without_a_number_and_still_passes() throws IOException {
    Path file =
        draft(
            // A heading beside the numbered sections, not under one (as "### …" would be, which
            // quotes its text as "5 under Returning to work").
            V1 + "\n## Returning to work\n\nTell the school office the day before you return.\n");

    Run run = run(new CheckCommand(), file.toString());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out()
            .contains(
                "leave-policy.md:27: warning: text under \"Returning to work\" belongs to no"
                    + " numbered clause, so staff questions cannot be answered from it (give it a"
                    + " number, e.g. 5.2)\n"),
        run.out());
    assertTrue(run.out().endsWith("OK: no errors, 1 warning(s).\n"), run.out());
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
    assertTrue(back.out().contains("\nServed from leave-policy.md; a running bot"), back.out());
    assertEquals(V1, Files.readString(policies.resolve(ID + ".md")));
    assertTrue(run(new HistoryCommand(settings()), ID).out().contains(" md     rollback to 1\n"));
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
  void a_refused_publish_lists_the_first_twenty_errors_and_counts_the_rest() throws IOException {
    Run run = run(new PublishCommand(settings()), draft(V1 + "4.1 Again.\n".repeat(25)).toString());

    assertEquals(1, run.exit());
    List<String> lines = run.err().lines().toList();
    assertEquals(21, lines.size(), run.err());
    for (int i = 0; i < 20; i++) {
      assertEquals(
          "leave-policy.md:"
              + (24 + i)
              + ": error: clause 4.1 appears twice (first at line 11); clause numbers must be"
              + " unique",
          lines.get(i));
    }
    assertEquals("leave-policy.md: error: and 5 more errors", lines.get(20));
    assertTrue(run.out().contains("NOT PUBLISHED"), run.out());
    assertFalse(Files.exists(policies.resolve(ID + ".md")));
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
    Run run =
        run(new ExamplesCommand(Settings.from(Map.of())), file.toString(), "--per-clause", "2");

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
    Run again =
        run(new ExamplesCommand(Settings.from(Map.of())), file.toString(), "--per-clause", "2");
    assertTrue(again.out().contains(", 1 already: "), again.out());
  }

  @Test
  void examples_from_a_server_log_lists_the_missed_questions_for_hr_to_number() throws IOException {
    Path file =
        draft(
            V2
                + "\n<!-- PolicyBot example questions\n4.2: How many compassionate days do I get\n-->\n");
    Path log = drafts.resolve("server.log");
    Files.writeString(
        log,
        String.join(
            "\n",
            "09:00:00.001 INFO  [main] o.p.app.cli.ServeCommand - serving 1 policies",
            "09:01:00.002 INFO  [http-1] org.policybot.questions - api answer a1 not_covered -"
                + " q=\"how long can I take off to look after my mum --> ?\"",
            "09:02:00.003 INFO  [slack-answer-1] org.policybot.questions - slack-dm answer a2"
                + " answered leave-policy 4.6 q=\"my dad is in hospital, can I have time off\"",
            "09:02:30.004 INFO  [slack-answer-2] policybot.feedback - feedback channel=slack"
                + " answer_id=a2 policy=leave-policy clause=4.6 verdict=not_helpful",
            "09:03:00.005 INFO  [http-2] org.policybot.questions - api answer a3 answered"
                + " leave-policy 4.4 q=\"is paternity leave paid\"",
            "09:04:00.006 INFO  [http-2] org.policybot.questions - api answer a4 answered"
                + " expenses-policy 2.1 q=\"can I claim for another policy's taxi\"",
            "09:04:30.007 INFO  [teams-answer-1] policybot.feedback - feedback channel=teams"
                + " answer_id=a4 policy=expenses-policy clause=2.1 verdict=not_helpful",
            "09:05:00.008 INFO  [http-3] org.policybot.questions - api answer a5 not_covered -"
                + " q=\"how many compassionate days do I get?\"",
            "\u00ff\u00fe not a log line",
            ""),
        java.nio.charset.StandardCharsets.ISO_8859_1);

    Run run =
        run(
            new ExamplesCommand(Settings.from(Map.of())),
            file.toString(),
            "--from-log",
            log.toString());

    assertEquals(0, run.exit(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("<!-- PolicyBot example questions: staff questions from "), out);
    assertTrue(
        out.contains("\nAsked once, not covered. Closest: 4.10"),
        "carer's leave is suggested: " + out);
    assertTrue(out.contains("\n: how long can I take off to look after my mum -> ?\n"), out);
    assertTrue(out.contains("\nAsked once, voted not helpful once on 4.6."), out);
    String voted =
        out.lines().filter(l -> l.startsWith("Asked once, voted not helpful")).findFirst().get();
    assertTrue(voted.contains(" Closest: "), voted);
    assertTrue(
        !voted.substring(voted.indexOf(" Closest: ")).contains("4.6"),
        "the clause staff voted down is not suggested again: " + voted);
    assertTrue(
        !out.contains("another policy"), "a vote on another policy's clause is not ours: " + out);
    assertTrue(
        !out.contains("compassionate"), "an example question already is not offered: " + out);
    assertTrue(out.contains("\n: my dad is in hospital, can I have time off\n"), out);
    assertTrue(!out.contains("paternity"), "an answer nobody disliked is not listed: " + out);
    assertEquals(1, out.split("-->", -1).length - 1, "a question must not end the block");

    // Pasted as printed, it adds nothing and check points at each question still to number or
    // delete; numbered, a question counts and its warning goes.
    Files.writeString(file, Files.readString(file) + "\n" + out);
    Run check = run(new CheckCommand(), file.toString());
    assertTrue(check.out().contains("  example questions: 1, for 1 of 10 clauses\n"), check.out());
    assertTrue(check.out().endsWith("OK: no errors, 2 warning(s).\n"), check.out());
    assertEquals(
        2,
        check.out().split("example question without a clause number", -1).length - 1,
        check.out());
    Files.writeString(file, Files.readString(file).replace("\n: how long", "\n4.10: how long"));
    check = run(new CheckCommand(), file.toString());
    assertTrue(check.out().contains("  example questions: 2, for 2 of 10 clauses\n"), check.out());
    assertTrue(check.out().endsWith("OK: no errors, 1 warning(s).\n"), check.out());
  }

  @Test
  void examples_from_a_log_without_question_text_says_how_to_turn_it_on() throws IOException {
    Path log = drafts.resolve("quiet.log");
    Files.writeString(
        log, "09:01:00.002 DEBUG [http-1] org.policybot.questions - api answer a1 not_covered -\n");

    Run run =
        run(
            new ExamplesCommand(Settings.from(Map.of())),
            draft(V2).toString(),
            "--from-log",
            log.toString());

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("POLICYBOT_LOG_QUESTIONS=true"), run.out());
    Run missing =
        run(
            new ExamplesCommand(Settings.from(Map.of())),
            draft(V2).toString(),
            "--from-log",
            drafts.resolve("no.log").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("policybot: no readable log file: "), missing.err());
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

  @Test
  void publishing_a_new_policy_says_how_to_withdraw_it_not_to_roll_back() throws IOException {
    Run first = run(new PublishCommand(settings()), draft(V1).toString());

    assertEquals(0, first.exit(), first::toString);
    assertTrue(!first.out().contains("rollback"), first.out());
    assertTrue(
        first
            .out()
            .contains(
                "This is the first version of leave-policy, so there is none to roll back to; to"
                    + " withdraw it, delete "
                    + policies.toRealPath().resolve(ID + ".md")
                    + " (its history is kept)."),
        first.out());

    Run second = run(new PublishCommand(settings()), draft(V2).toString());
    assertTrue(second.out().contains("Undo with: policybot rollback leave-policy"), second.out());
  }
}
