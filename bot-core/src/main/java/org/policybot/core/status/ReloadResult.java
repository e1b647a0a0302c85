package org.policybot.core.status;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one reload of the policies folder.
 *
 * @param at when the reload finished
 * @param changed ids of the policies whose new text went live, in file-name order
 * @param removed ids of the policies that went away with their files
 * @param problems files that were refused; each keeps its previous version serving, if it had one
 */
public record ReloadResult(
    Instant at, List<String> changed, List<String> removed, List<Problem> problems) {

  /**
   * One refused file.
   *
   * @param source the file name
   * @param policyId the policy the file holds, the file name without extension
   * @param message what is wrong, with the line where it helps ({@code leave.md:12: ...}); a file
   *     with several errors has them all on this one line, separated by {@code " | "}
   * @param previousServing whether an earlier version of the policy is still answering
   */
  public record Problem(String source, String policyId, String message, boolean previousServing) {
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(message, "message");
    }
  }

  public ReloadResult {
    Objects.requireNonNull(at, "at");
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
  }

  /** Whether every file in the folder loaded. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** One line for logs and status: what went live and what was refused. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(changed.isEmpty() ? "no policy changed" : "reloaded " + String.join(", ", changed));
    if (!removed.isEmpty()) {
      s.append("; removed ").append(String.join(", ", removed));
    }
    for (Problem p : problems) {
      s.append("; refused ").append(p.message());
      s.append(
          p.previousServing() ? " (the previous version is still answering)" : " (not loaded)");
    }
    return s.toString();
  }
}
