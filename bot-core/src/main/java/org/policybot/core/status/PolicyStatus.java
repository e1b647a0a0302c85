package org.policybot.core.status;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One live policy as the status report shows it.
 *
 * @param id the policy id
 * @param title the policy title
 * @param version the live version's label ({@code V1.0}, or {@code unversioned})
 * @param clauseCount how many clauses can be quoted
 * @param published who made this version live and when, when known
 * @param reviewDate the review date as the document writes it, or empty
 * @param reviewDue the last day of the review as read from it, empty when unreadable or absent
 * @param overdue whether the review is due and has passed
 * @param problem why the folder's newer file for this policy was refused, when it was; the version
 *     described here is then the previous one, still answering
 */
public record PolicyStatus(
    String id,
    String title,
    String version,
    int clauseCount,
    Optional<Publication> published,
    String reviewDate,
    Optional<LocalDate> reviewDue,
    boolean overdue,
    Optional<String> problem) {

  public PolicyStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(reviewDue, "reviewDue");
    Objects.requireNonNull(problem, "problem");
    if (clauseCount < 1) {
      throw new IllegalArgumentException("a live policy has clauses: " + clauseCount);
    }
    if (overdue && reviewDue.isEmpty()) {
      throw new IllegalArgumentException(id + ": overdue needs a readable review date");
    }
  }
}
