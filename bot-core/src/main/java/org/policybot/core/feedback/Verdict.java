package org.policybot.core.feedback;

import java.util.Optional;

/** What a member of staff said about an answer. */
public enum Verdict {
  HELPFUL("helpful"),
  NOT_HELPFUL("not_helpful");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  /** The name in log lines and button payloads: {@code helpful} or {@code not_helpful}. */
  public String wireName() {
    return wireName;
  }

  /** The verdict with this wire name, or empty for anything else. */
  public static Optional<Verdict> fromWireName(String name) {
    for (Verdict v : values()) {
      if (v.wireName.equals(name)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
