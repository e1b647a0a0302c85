package org.policybot.app.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found in review: clause links are {@code base + "/policies/" + id + "#" + anchor}, so a base URL
 * with a query or fragment, accepted before, broke every link posted to Slack, Teams and the pages
 * ({@code https://x.org/#frag/policies/social-media-policy#clause-4-8-b}).
 */
class BaseUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"https://policybot.example.org/#top", "https://policybot.example.org/?a=b"})
  void a_base_url_that_cannot_take_a_path_is_refused_at_start_up(String base) {
    assertThrows(SettingsException.class, () -> Settings.from(Map.of(Settings.BASE_URL, base)));
  }
}
