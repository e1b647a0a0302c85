package org.policybot.index;

/**
 * A policy document that cannot be used: it names the file and, where it helps, the line, so HR can
 * find and fix the problem.
 */
public final class PolicyFormatException extends Exception {

  private final String source;
  private final int line;

  /**
   * @param source the file name or policy id the problem is in
   * @param line the 1-based line of the problem, or 0 when it concerns the whole document
   * @param problem what is wrong, in words HR understands
   */
  public PolicyFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file name or policy id the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole document. */
  public int line() {
    return line;
  }
}
