package org.policybot.index.check;

import java.util.Objects;

/**
 * One problem a check found, worded for HR and placed by file and line.
 *
 * @param severity whether it blocks publishing
 * @param source the file name the problem is in
 * @param line the 1-based line, or 0 when it concerns the whole document
 * @param message what is wrong and, where possible, how to fix it
 */
public record Finding(Severity severity, String source, int line, String message) {

  /** Whether a finding blocks publishing. */
  public enum Severity {
    /** The document cannot be used; publishing is refused. */
    ERROR,
    /** Worth fixing, but the document can be published. */
    WARNING;

    /** The lower-case word used in reports: {@code error}, {@code warning}. */
    public String word() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank: '" + message + "'");
    }
  }

  /** Compiler style, so editors can jump to it: {@code policy.md:12: error: clause 4.3 ...}. */
  @Override
  public String toString() {
    return source + (line > 0 ? ":" + line : "") + ": " + severity.word() + ": " + message;
  }
}
