package org.policybot.index;

import java.util.Map;
import java.util.Objects;

/**
 * What a policy document says about itself. Every field is empty when the document does not say.
 *
 * @param owner who owns the policy ({@code HR Director})
 * @param reference the reference number ({@code CLT-SMP-V1.0})
 * @param version the version label ({@code V1.0})
 * @param approvalDate the approval date as written
 * @param reviewDate the next review date as written
 * @param fields every label/value pair found in the document's front matter, in document order
 */
public record PolicyMetadata(
    String owner,
    String reference,
    String version,
    String approvalDate,
    String reviewDate,
    Map<String, String> fields) {

  public PolicyMetadata {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(approvalDate, "approvalDate");
    Objects.requireNonNull(reviewDate, "reviewDate");
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /** Metadata for a document that states none. */
  public static PolicyMetadata none() {
    return new PolicyMetadata("", "", "", "", "", Map.of());
  }
}
