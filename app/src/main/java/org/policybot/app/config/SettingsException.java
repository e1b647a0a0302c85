package org.policybot.app.config;

import java.util.List;

/** Configuration that cannot work; the message names every offending variable. */
public final class SettingsException extends RuntimeException {

  public SettingsException(List<String> problems) {
    super(
        "configuration problem"
            + (problems.size() > 1 ? "s" : "")
            + ":\n  - "
            + String.join("\n  - ", problems));
  }
}
