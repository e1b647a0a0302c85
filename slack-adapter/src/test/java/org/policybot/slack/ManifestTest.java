package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app manifest asks for what the adapter handles, and points every URL at one route. */
class ManifestTest {

  private static final Path MANIFEST = Path.of("manifest.yml");

  @Test
  void manifest_has_the_command_events_scopes_and_interactivity_the_adapter_handles()
      throws Exception {
    String manifest = Files.readString(MANIFEST);

    for (String line :
        List.of(
            "- command: " + CommandListener.COMMAND,
            "- commands",
            "- app_mentions:read",
            "- im:history",
            "- chat:write",
            "- app_mention",
            "- message.im",
            "is_enabled: true",
            "messages_tab_enabled: true",
            "messages_tab_read_only_enabled: false")) {
      assertTrue(manifest.contains(line), "manifest lacks '" + line + "'");
    }
  }

  @Test
  void every_url_in_the_manifest_is_the_slack_events_route() throws Exception {
    List<String> urls =
        Pattern.compile("(?m)^\\s*(?:url|request_url): (\\S+)$")
            .matcher(Files.readString(MANIFEST))
            .results()
            .map(m -> m.group(1))
            .toList();

    assertEquals(3, urls.size(), urls.toString());
    assertTrue(urls.stream().allMatch(u -> u.endsWith("/slack/events")), urls.toString());
  }
}
