package org.policybot.core.status;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a policy's live version live, and when.
 *
 * @param at when it went live
 * @param by the publisher's name, or {@link #FOLDER} when the file was put in the folder by hand
 */
public record Publication(Instant at, String by) {

  /** The publisher of a file that was edited or copied into the policies folder directly. */
  public static final String FOLDER = "(edited in the policies folder)";

  public Publication {
    Objects.requireNonNull(at, "at");
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("publisher must not be blank: '" + by + "'");
    }
  }
}
