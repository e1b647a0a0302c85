package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.index.parse.Line.Kind;

/**
 * Takes out what a PDF export repeats on every page, page numbers ("Page 3 of 12") and the running
 * header or footer next to them, with the blank lines around them, so that a paragraph split by a
 * page break reads on as one and none of it is quoted as policy.
 */
final class PageFurniture {

  /** A header repeats on at least this many pages. */
  private static final int MIN_REPEATS = 3;

  private PageFurniture() {}

  static List<Line> remove(List<Line> lines) {
    Set<String> headers = runningHeaders(lines);
    boolean[] drop = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.PAGE) || l.is(Kind.TEXT) && headers.contains(l.text())) {
        drop[i] = true;
      }
    }
    // Blank lines that only surrounded dropped lines go too: "should set out" / (page break) /
    // "10 working days' notice" is one sentence.
    for (int i = 0; i < lines.size(); i++) {
      if (drop[i]) {
        for (int j = i - 1; j >= 0 && lines.get(j).is(Kind.BLANK); j--) {
          drop[j] = true;
        }
        for (int j = i + 1; j < lines.size() && lines.get(j).is(Kind.BLANK); j++) {
          drop[j] = true;
        }
      }
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /**
   * Text lines that repeat on three pages or more, each time next to a page number: a line of a
   * list that happens to repeat ("- the employee's line manager") is not a header.
   */
  private static Set<String> runningHeaders(List<Line> lines) {
    Map<String, Integer> nextToPage = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.is(Kind.TEXT) && (nearPage(lines, i, -1) || nearPage(lines, i, 1))) {
        nextToPage.merge(l.text(), 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    nextToPage.forEach(
        (text, n) -> {
          if (n >= MIN_REPEATS) {
            out.add(text);
          }
        });
    return out;
  }

  /** Whether the nearest non-blank line in this direction is a page number. */
  private static boolean nearPage(List<Line> lines, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).is(Kind.BLANK)) {
        return lines.get(j).is(Kind.PAGE);
      }
    }
    return false;
  }
}
