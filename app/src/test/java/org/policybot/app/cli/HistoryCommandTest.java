package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.app.store.PolicyFormat;
import org.policybot.app.store.StoredVersion;

class HistoryCommandTest {

  private static StoredVersion version(int number, String by, String label) {
    return version(number, by, label, Optional.of(PolicyFormat.MARKDOWN));
  }

  private static StoredVersion version(
      int number, String by, String label, Optional<PolicyFormat> format) {
    return new StoredVersion(
        "leave-policy",
        number,
        Instant.parse("2025-06-01T09:00:00Z"),
        by,
        label,
        String.valueOf(number).repeat(64),
        StoredVersion.Action.PUBLISHED,
        0,
        format);
  }

  @Test
  void columns_stay_in_line_when_a_publisher_name_is_long() {
    List<StoredVersion> history =
        List.of(
            version(1, "alice", "V1.0"),
            version(2, "(edited in the policies folder)", "V1.1"),
            version(3, "bob", "V1.2"));

    String[] lines =
        HistoryCommand.render("leave-policy", history, Optional.of(history.get(2)), true)
            .split("\n");

    int column = lines[1].indexOf("version");
    assertEquals(column, lines[2].indexOf("V1.0"), String.join("\n", lines));
    assertEquals(column, lines[3].indexOf("V1.1"), String.join("\n", lines));
    assertEquals(column, lines[4].indexOf("V1.2"), String.join("\n", lines));
  }

  @Test
  void each_version_shows_its_format_and_an_unrecorded_one_says_what_rollback_does() {
    List<StoredVersion> history =
        List.of(
            version(1, "alice", "V1.0", Optional.empty()),
            version(2, "bob", "V1.1", Optional.of(PolicyFormat.PLAIN_TEXT)));

    String text = HistoryCommand.render("leave-policy", history, Optional.empty(), false);

    String[] lines = text.split("\n");
    int column = lines[1].indexOf("format");
    assertEquals(column, lines[2].indexOf("?"), text);
    assertEquals(column, lines[3].indexOf("txt"), text);
    assertTrue(
        text.contains(
            "? = stored before PolicyBot recorded formats; a rollback restores it in the format of"
                + " the live file, or as Markdown (.md) when the policy is not live.\n"),
        text);
  }
}
