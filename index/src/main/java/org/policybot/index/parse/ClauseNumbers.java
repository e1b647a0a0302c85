package org.policybot.index.parse;

import java.util.regex.Pattern;

/**
 * Arithmetic on clause numbers ("4.2", "5.2.3", "4.2(b)"), for telling a clause's number from a
 * number that only starts a wrapped line.
 */
final class ClauseNumbers {

  /** A clause number and nothing else: "4", "4.2", "5.2.3.", not "4.2(b)" or "4.2 Leave". */
  private static final Pattern BARE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");

  private ClauseNumbers() {}

  /** Whether the text is a clause number alone ("2.", "4.2"). */
  static boolean isBare(String text) {
    return BARE.matcher(text).matches();
  }

  /** "2." is clause 2. */
  static String stripDot(String label) {
    return label.endsWith(".") ? label.substring(0, label.length() - 1) : label;
  }

  /** A clause id without its lettered item: 4.2(b) is numbered 4.2. */
  private static String number(String clauseId) {
    return clauseId.replaceAll("\\(.*$", "");
  }

  /** Whether a number is the one right after this clause's: 5.2.3 after 5.2.2, 5.2.1 after 5.2. */
  static boolean comesRightAfter(String label, String clauseId) {
    String next = stripDot(label);
    String now = number(clauseId);
    if (next.equals(now + ".1")) {
      return true;
    }
    int dot = now.lastIndexOf('.');
    String prefix = dot < 0 ? "" : now.substring(0, dot + 1);
    if (!next.startsWith(prefix) || next.indexOf('.', prefix.length()) >= 0) {
      return false;
    }
    try {
      return Integer.parseInt(next.substring(prefix.length()))
          == Integer.parseInt(now.substring(prefix.length())) + 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether a number follows on from the one above, at its level or one above it: 2.3 after 2.2.1.
   */
  static boolean numbersOn(String number, String previous) {
    for (String p = previous; ; p = p.substring(0, p.lastIndexOf('.'))) {
      if (comesRightAfter(number, p)) {
        return true;
      }
      if (p.indexOf('.') < 0) {
        return false;
      }
    }
  }

  /**
   * Whether a clause's number comes before another's in the numbering: 1.2 before 2.1, 4.9 before
   * 4.10, 4 before 4.1; letters aside. Numbers that are not plain numbers come before nothing.
   */
  static boolean isBefore(String clauseId, String other) {
    String[] a = number(clauseId).split("\\.");
    String[] b = number(other).split("\\.");
    try {
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        int x = Integer.parseInt(a[i]);
        int y = Integer.parseInt(b[i]);
        if (x != y) {
          return x < y;
        }
      }
    } catch (NumberFormatException e) {
      return false;
    }
    return a.length < b.length;
  }

  /**
   * Whether a number could be a clause after this one: later in the numbering, and in the same or
   * the next top-level section (gaps happen, so 4.2 may be followed by 4.4 or 5.1, not by 2 or 10).
   */
  static boolean couldFollow(String label, String clauseId) {
    String[] next = stripDot(label).split("\\.");
    String[] now = number(clauseId).split("\\.");
    try {
      int nextTop = Integer.parseInt(next[0]);
      int nowTop = Integer.parseInt(now[0]);
      if (nextTop < nowTop || nextTop > nowTop + 1) {
        return false;
      }
      for (int i = 0; i < Math.min(next.length, now.length); i++) {
        int a = Integer.parseInt(next[i]);
        int b = Integer.parseInt(now[i]);
        if (a != b) {
          return a > b;
        }
      }
      return next.length > now.length;
    } catch (NumberFormatException e) {
      return true; // not plain numbers: leave it to the other signs
    }
  }
}
