package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.app.config.Settings;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir Path dir;

  /** What one run printed and returned. */
  private record Run(int exit, String out, String err) {}

  /** Eval on the bundled policy, lexical only so the test stays quick. */
  private Run eval(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new EvalCommand(Settings.from(Map.of(Settings.SEMANTIC, "false"))));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(file.toString());
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void a_set_naming_clauses_no_policy_has_is_scored_with_a_warning_naming_them()
      throws IOException {
    Run run = eval(file("other.tsv", "how many sick days?\t4.10\nwho do I call?\t6.2(a),4.6(c)\n"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out()
            .contains(
                "warning: no indexed policy has clauses 4.10 or 6.2.a; the rows naming them can"
                    + " only miss (is this set for another policy? see --policies)"),
        run.out());
    assertTrue(run.out().contains("Hit@1 "), run.out());
  }

  @Test
  void a_set_whose_numbers_several_indexed_policies_have_says_any_of_them_counts()
      throws IOException {
    Path policies = Files.createDirectory(dir.resolve("policies"));
    for (String name : new String[] {"parking", "uniform"}) {
      Files.writeString(
          policies.resolve(name + "-policy.md"),
          "# "
              + name
              + " policy\n\n## 1. Rules\n\n1.1 The first "
              + name
              + " rule.\n\n"
              + "1.2 The second "
              + name
              + " rule.\n");
    }
    StringWriter out = new StringWriter();
    CommandLine cli =
        new CommandLine(new EvalCommand(Settings.from(Map.of(Settings.SEMANTIC, "false"))));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit =
        cli.execute(
            "--policies", policies.toString(), file("set.tsv", "the first rule\t1.1\n").toString());

    assertEquals(0, exit);
    assertTrue(
        out.toString().contains("note: more than one of the 2 indexed policies has every clause"),
        out.toString());
    assertTrue(!out.toString().contains("scored against"), out.toString());
  }

  @Test
  void an_empty_set_is_an_error_not_a_perfect_score() throws IOException {
    Run run = eval(file("empty.tsv", "# only a comment\n\n"));

    assertEquals(1, run.exit());
    assertTrue(
        run.err()
            .contains(
                "empty.tsv has no questions: expected lines of 'question<TAB>clause ids or NONE'"),
        run.err());
    assertTrue(!run.out().contains("100.0%"), run.out());
  }

  @Test
  void a_missing_file_is_said_to_be_unreadable() {
    Run run = eval(dir.resolve("missing.tsv"));

    assertEquals(1, run.exit());
    assertEquals(
        "policybot: " + dir.resolve("missing.tsv") + " cannot be read: no such file\n", run.err());
  }

  @Test
  void a_binary_file_is_said_not_to_be_utf8_text() throws IOException {
    Path zip = Files.write(dir.resolve("set.xlsx"), new byte[] {'P', 'K', 3, 4, (byte) 0xC3, 0x28});

    Run run = eval(zip);

    assertEquals(1, run.exit());
    assertTrue(
        run.err().contains(zip + " is not UTF-8 text; save it as UTF-8 tab-separated text"),
        run.err());
  }

  @Test
  void a_header_row_is_skipped() throws IOException {
    Run run = eval(file("set.tsv", "question\tclauses\nCan I post about my school?\t4.6(c)\n"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("in-scope 1, NONE 0"), run.out());
  }
}
