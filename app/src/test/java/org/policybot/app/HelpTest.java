package org.policybot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policybot.app.config.Settings;
import picocli.CommandLine;

class HelpTest {

  private static CommandLine cli() {
    return new CommandLine(new Main(), new Main.SettingsFactory(Settings.from(Map.of())));
  }

  @Test
  void every_command_is_summed_up_in_one_short_complete_sentence() {
    cli()
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              String summary = sub.getCommandSpec().usageMessage().description()[0];
              assertTrue(summary.endsWith("."), name + ": " + summary);
              assertTrue(summary.length() <= 64, name + " is too long for the list: " + summary);
            });
  }

  @Test
  void descriptions_have_no_line_breaks_inside_sentences_so_picocli_wraps_them() {
    cli()
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              for (String line : sub.getCommandSpec().usageMessage().description()) {
                assertTrue(line.matches("(?s).*[.:)]$"), name + " breaks a sentence: " + line);
              }
            });
  }

  @Test
  void the_readme_names_exactly_the_commands_that_take_a_policies_folder() throws IOException {
    String readme = Files.readString(Path.of("../README.md")).replace('\n', ' ');
    Matcher m =
        Pattern.compile("policies folder \\(([^)]*)\\) take `--policies DIR`").matcher(readme);
    assertTrue(m.find(), "README no longer says which commands take --policies");
    Set<String> named = new TreeSet<>();
    Matcher name = Pattern.compile("`([a-z]+)`").matcher(m.group(1));
    while (name.find()) {
      named.add(name.group(1));
    }
    Set<String> taking = new TreeSet<>();
    cli()
        .getSubcommands()
        .forEach(
            (n, sub) -> {
              if (sub.getCommandSpec().findOption("--policies") != null) {
                taking.add(n);
              }
            });
    assertEquals(taking, named);
  }
}
