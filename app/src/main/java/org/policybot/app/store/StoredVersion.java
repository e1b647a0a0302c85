package org.policybot.app.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One version of a policy that was made live, as {@code policybot history} lists it.
 *
 * @param policyId the policy
 * @param number 1 for the first stored version, counting up; never reused
 * @param at when it was made live
 * @param by who made it live, or {@link org.policybot.core.status.Publication#FOLDER}
 * @param label the version label the document states ({@code V1.1}), or {@code unversioned}
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 * @param action how it became live
 * @param rollbackOf for a rollback, the number of the version restored; otherwise 0
 * @param format the format it was made live in, which a rollback restores it as; empty for a
 *     version stored before PolicyBot recorded formats (see {@link PolicyStore#rollback})
 */
public record StoredVersion(
    String policyId,
    int number,
    Instant at,
    String by,
    String label,
    String sha256,
    Action action,
    int rollbackOf,
    Optional<PolicyFormat> format) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** How a version became live. */
  public enum Action {
    /** {@code policybot publish}. */
    PUBLISHED,
    /** {@code policybot rollback}: the same text as an earlier version. */
    ROLLED_BACK,
    /** Found in the policies folder, edited or copied there by hand, and recorded. */
    FOUND_IN_FOLDER
  }

  public StoredVersion {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(format, "format");
    if (number < 1) {
      throw new IllegalArgumentException("version number must be >= 1: " + number);
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: '" + sha256 + "'");
    }
    if ((action == Action.ROLLED_BACK) != (rollbackOf > 0)) {
      throw new IllegalArgumentException(
          "rollbackOf is set exactly for rollbacks: " + action + " of " + rollbackOf);
    }
  }
}
