package org.policybot.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A policy document that cannot be used: it names the file and, where it helps, the line, so HR can
 * find and fix the problem. Most refusals are one problem after which nothing more can be read (not
 * UTF-8, no numbered clauses); clause numbers used twice and clauses without text are all reported
 * at once, in line order, so HR can fix a renumbering mistake in one go rather than one re-run per
 * line.
 */
public final class PolicyFormatException extends Exception {

  /**
   * The most problems one exception keeps: a file of 100,000 repeated clause lines must not fill
   * the heap or a log line. The rest are only counted.
   */
  public static final int MAX_PROBLEMS = 100;

  /**
   * One thing wrong with a policy file.
   *
   * @param source the file name or policy id the problem is in
   * @param line the 1-based line of the problem, or 0 when it concerns the whole document
   * @param message what is wrong, in words HR understands
   */
  public record Problem(String source, int line, String message) {

    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
      if (line < 0) {
        throw new IllegalArgumentException("line must be >= 0: " + line);
      }
    }

    /** The problem as errors have always read: {@code leave.md:12: clause 4.3 has no text}. */
    @Override
    public String toString() {
      return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  private final List<Problem> problems;
  private final int count;

  /**
   * A single problem.
   *
   * @param source the file name or policy id the problem is in
   * @param line the 1-based line of the problem, or 0 when it concerns the whole document
   * @param problem what is wrong, in words HR understands
   */
  public PolicyFormatException(String source, int line, String problem) {
    this(List.of(new Problem(source, line, problem)), 1);
  }

  /**
   * Several problems found in one reading of a file.
   *
   * @param problems the problems in line order, at least one; only the first {@link #MAX_PROBLEMS}
   *     are kept
   * @param count how many problems there were in all, at least as many as are listed
   */
  public PolicyFormatException(List<Problem> problems, int count) {
    super(message(problems, count));
    this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    this.count = count;
  }

  private static String message(List<Problem> problems, int count) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a policy format exception needs a problem");
    }
    if (count < problems.size()) {
      throw new IllegalArgumentException(
          "count " + count + " is less than the " + problems.size() + " problems listed");
    }
    // Callers that show one line (logs, "skipped ...") still say that there is more to fix.
    return problems.get(0) + (count > 1 ? " (and " + more(count - 1) + ")" : "");
  }

  /** "1 more error", "3 more errors": for lists cut short. */
  public static String more(int n) {
    return String.format(Locale.ROOT, "%d more error%s", n, n == 1 ? "" : "s");
  }

  /** The file name or policy id of the first problem. */
  public String source() {
    return problems.get(0).source();
  }

  /** The 1-based line of the first problem, or 0 when it concerns the whole document. */
  public int line() {
    return problems.get(0).line();
  }

  /** The problems, in line order; at most {@link #MAX_PROBLEMS} of them. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, including any beyond those {@link #problems()} keeps. */
  public int count() {
    return count;
  }

  /**
   * The problems as lines for a person to read, {@code leave.md:12: clause 4.3 has no text}: at
   * most {@code max} of them, then {@code and 3 more errors} for the rest.
   *
   * @param max how many problems to list, at least 1
   */
  public List<String> lines(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1: " + max);
    }
    List<String> out = new ArrayList<>();
    for (Problem p : problems.subList(0, Math.min(max, problems.size()))) {
      out.add(p.toString());
    }
    if (count > out.size()) {
      out.add("and " + more(count - out.size()));
    }
    return out;
  }
}
