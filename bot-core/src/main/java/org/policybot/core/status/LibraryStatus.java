package org.policybot.core.status;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The live policies and the last reload, as HR admins see them with {@code /policy status}.
 *
 * @param at when the status was taken
 * @param policies the live policies, in the order they were loaded
 * @param lastReload the last reload of the policies folder, empty when none has run (no folder)
 */
public record LibraryStatus(
    Instant at, List<PolicyStatus> policies, Optional<ReloadResult> lastReload) {

  public LibraryStatus {
    Objects.requireNonNull(at, "at");
    policies = List.copyOf(policies);
    Objects.requireNonNull(lastReload, "lastReload");
  }

  /** The policies whose review date has passed. */
  public List<PolicyStatus> overdue() {
    return policies.stream().filter(PolicyStatus::overdue).toList();
  }
}
