package org.policybot.index.parse;

import java.util.List;
import org.policybot.index.parse.Line.Kind;

/**
 * Steps numbered 1, 2, 3 under the headings without a number of a numbered section, starting again
 * at 1 under each: "## 3. Formal procedure", "### Stage 1: First formal meeting" over "1. The
 * employee will be given…", then "### Stage 2" over "1. …". They are each stage's list, not clauses
 * 1 and 2, which clashed with sections 1 and 2 and refused the file at Stage 2's "1.". Numbers that
 * run on from one heading to the next ("3." under "Compassionate leave" after "1.", "2." under
 * "Annual leave") are the policy's clause numbers. One instance follows one document's lines; it is
 * not thread-safe.
 */
final class StageSteps {

  /** How far ahead a list's restart under the next heading is looked for. */
  private static final int LOOK_AHEAD = 2_000;

  private final List<Line> lines;

  /** Whether a stage of this section has had its steps: the last stage's start again at 1 too. */
  private boolean stepsInSection;

  /** The last step of the list being read, or 0. */
  private int lastStep;

  StageSteps(List<Line> lines) {
    this.lines = lines;
  }

  /**
   * Whether a bare number under a heading without a number, inside a numbered section, is a step: 1
   * where the numbering starts again under another heading, then each next number.
   *
   * @param index the numbered line's index
   * @param canStart whether no clause, or only the section's own text under the heading, is open
   */
  boolean isStep(String label, int index, boolean canStart) {
    if (!label.matches("\\d{1,2}")) {
      return false;
    }
    int n = Integer.parseInt(label);
    if (n > 1) {
      return lastStep > 0 && n == lastStep + 1;
    }
    return canStart && (stepsInSection || restartsUnderNextHeading(index));
  }

  /** A step was read. */
  void took(String label) {
    lastStep = Integer.parseInt(label);
    stepsInSection = true;
  }

  /** A heading or a clause ends the list being read. */
  void listEnded() {
    lastStep = 0;
  }

  /** A numbered section starts: its stages are looked at afresh. */
  void sectionStarted() {
    stepsInSection = false;
  }

  /**
   * Whether the numbering starts again at 1 under the next heading without a number. The look stops
   * at the next numbered heading or paragraph, and after a few thousand lines.
   */
  private boolean restartsUnderNextHeading(int index) {
    boolean pastHeading = false;
    for (int i = index + 1; i < lines.size() && i < index + LOOK_AHEAD; i++) {
      Line l = lines.get(i);
      if (l.is(Kind.HEADING) && !l.label().isEmpty()
          || l.is(Kind.NUMBERED) && ClauseNumbers.stripDot(l.label()).contains(".")) {
        return false;
      }
      if (l.is(Kind.HEADING)) {
        pastHeading = true;
      } else if (pastHeading && l.is(Kind.NUMBERED)) {
        return ClauseNumbers.stripDot(l.label()).equals("1");
      }
    }
    return false;
  }
}
