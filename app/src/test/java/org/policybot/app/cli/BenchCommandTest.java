package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.app.config.Settings;
import picocli.CommandLine;

/** Bad bench options printed Java's exception text ("Index 1 out of bounds for length 1"). */
class BenchCommandTest {

  @Test
  void a_library_size_is_policies_x_clauses() {
    assertArrayEquals(new int[] {200, 50}, BenchCommand.librarySize("200x50"));
    assertArrayEquals(new int[] {3, 4}, BenchCommand.librarySize(" 3X4 "));
    for (String bad : new String[] {"5x", "abc", "0x5", "x", "1x2x3", "-1x5"}) {
      assertNull(BenchCommand.librarySize(bad), bad);
    }
  }

  @Test
  void bad_options_name_the_option_and_its_form() {
    for (String[] args :
        new String[][] {
          {"--generated", "5x"}, {"--seconds", "0"}, {"--questions", "/no/such/file.tsv"}
        }) {
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new BenchCommand(Settings.from(Map.of())));
      cli.setErr(new PrintWriter(err));
      assertEquals(2, cli.execute(args), String.join(" ", args));
      assertTrue(err.toString().startsWith(args[0]), err.toString());
    }
  }
}
