package org.policybot.slack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

  private static final long NOW = 1_700_000_000L;
  private static final String BODY = "command=%2Fpolicy&text=caf%C3%A9+%26+more";
  private final RequestSignature check =
      new RequestSignature("secret", Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  @Test
  void accepts_slacks_signature_within_five_minutes_either_way() {
    for (long ts : new long[] {NOW, NOW - 300, NOW + 300}) {
      assertTrue(
          check.verify(String.valueOf(ts), sign("secret", ts, BODY), bytes(BODY)), "ts " + ts);
    }
  }

  @Test
  void rejects_timestamps_more_than_five_minutes_old_or_ahead() {
    for (long ts : new long[] {NOW - 301, NOW + 301, NOW - 86_400, NOW + 86_400}) {
      assertFalse(
          check.verify(String.valueOf(ts), sign("secret", ts, BODY), bytes(BODY)), "ts " + ts);
    }
  }

  @Test
  void rejects_another_secret_a_changed_body_and_missing_or_malformed_headers() {
    String ts = String.valueOf(NOW);
    assertFalse(check.verify(ts, sign("other", NOW, BODY), bytes(BODY)));
    assertFalse(check.verify(ts, sign("secret", NOW, BODY), bytes(BODY + "x")));
    assertFalse(check.verify(null, sign("secret", NOW, BODY), bytes(BODY)));
    assertFalse(check.verify(ts, null, bytes(BODY)));
    assertFalse(check.verify("soon", sign("secret", NOW, BODY), bytes(BODY)));
  }

  @Test
  void without_a_secret_nothing_is_accepted() {
    RequestSignature none = new RequestSignature(" ", Clock.systemUTC());
    long now = Instant.now().getEpochSecond();

    assertFalse(none.configured());
    assertFalse(none.verify(String.valueOf(now), "v0=00", bytes(BODY)));
  }

  private static String sign(String secret, long ts, String body) {
    return new SlackSignature.Generator(secret).generate(String.valueOf(ts), body);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }
}
