package org.policybot.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an HTTP request comes from Slack, before anything parses it: the timestamp must be
 * within five minutes of now in either direction (Bolt rejects only old ones, so a request dated in
 * the future could be replayed later), and the signature must be {@code "v0=" +
 * hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body))} over the exact bytes received. Thread-safe.
 */
final class RequestSignature {

  static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  static final String SIGNATURE_HEADER = "X-Slack-Signature";
  static final Duration WINDOW = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";

  /** Empty when no signing secret is configured (Socket Mode only): nothing is accepted. */
  private final byte[] secret;

  private final Clock clock;

  RequestSignature(String signingSecret, Clock clock) {
    this.secret = Objects.requireNonNull(signingSecret, "signingSecret").strip().getBytes(UTF_8);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Whether a secret is configured at all. */
  boolean configured() {
    return secret.length > 0;
  }

  /** Whether the timestamp is fresh and the signature matches the body. */
  boolean verify(String timestamp, String signature, byte[] body) {
    if (!configured() || timestamp == null || signature == null) {
      return false;
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - ts) > WINDOW.toSeconds()) {
      return false;
    }
    byte[] expected = ("v0=" + hmac(timestamp.strip(), body)).getBytes(UTF_8);
    return MessageDigest.isEqual(expected, signature.strip().getBytes(UTF_8));
  }

  private String hmac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      mac.update(("v0:" + timestamp + ":").getBytes(UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
