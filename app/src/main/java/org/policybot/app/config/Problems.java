package org.policybot.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The bad variables found while reading the environment, each message with its variable. */
final class Problems {

  private record Problem(String variable, String message) {}

  private final List<Problem> found = new ArrayList<>();

  void add(String variable, String message) {
    found.add(new Problem(variable, message));
  }

  /**
   * Warns once about the problems a command of this kind does not need, then refuses the rest.
   *
   * @throws SettingsException naming every bad variable the command needs
   */
  void check(CommandKind kind, Consumer<String> warning) {
    List<Problem> ignored = found.stream().filter(p -> !kind.needs(p.variable())).toList();
    if (!ignored.isEmpty()) {
      List<String> names = ignored.stream().map(Problem::variable).distinct().toList();
      String them = names.size() == 1 ? "it" : "them";
      warning.accept(
          "warning: ignoring "
              + String.join(", ", names)
              + " (this command does not use "
              + them
              + "; serve refuses "
              + them
              + "): "
              + String.join("; ", ignored.stream().map(Problem::message).toList()));
    }
    List<String> refused =
        found.stream().filter(p -> kind.needs(p.variable())).map(Problem::message).toList();
    if (!refused.isEmpty()) {
      throw new SettingsException(refused);
    }
  }
}
