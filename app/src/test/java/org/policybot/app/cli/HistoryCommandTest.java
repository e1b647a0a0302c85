package org.policybot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.app.store.StoredVersion;

class HistoryCommandTest {

  private static StoredVersion version(int number, String by, String label) {
    return new StoredVersion(
        "leave-policy",
        number,
        Instant.parse("2025-06-01T09:00:00Z"),
        by,
        label,
        String.valueOf(number).repeat(64),
        StoredVersion.Action.PUBLISHED,
        0);
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
}
