package org.policybot.index.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.UnquotedText;

/**
 * Warnings about text that belongs to no clause: the bot quotes clauses only, so staff asking about
 * that text are told the policy does not cover it. One warning for each run, at its first line.
 * They never block publishing: the rest of the policy answers as it did.
 */
final class UnquotedFindings {

  /** A clause's paragraph number without its letter: {@code 4.6} of {@code 4.6(c)}. */
  private static final Pattern PARAGRAPH = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)(?:\\(.*)?");

  private static final String LOST = "so staff questions cannot be answered from it";

  private UnquotedFindings() {}

  static List<Finding> find(Policy policy, String source) {
    List<Finding> out = new ArrayList<>();
    for (UnquotedText run : policy.unquoted()) {
      out.add(new Finding(Finding.Severity.WARNING, source, run.line(), message(policy, run)));
    }
    return out;
  }

  private static String message(Policy policy, UnquotedText run) {
    String heading = "\"" + run.heading() + "\"";
    return switch (run.place()) {
      case BEFORE_FIRST_SECTION ->
          "text before the first numbered section belongs to no numbered clause, "
              + LOST
              + " (if staff may ask about it, give it a number or move it into a numbered"
              + " section)";
      case UNDER_HEADING ->
          (run.heading().isEmpty() ? "this text" : "text under " + numbered(run))
              + " belongs to no numbered clause, "
              + LOST
              + freeNumber(policy, run)
                  .map(n -> " (give it a number, e.g. " + n + ")")
                  .orElse(" (give it a number, or move it into a numbered clause)");
      case AFTER_CONTENTS_OR_HISTORY ->
          "text after "
              + heading
              + " is read as part of that list and belongs to no numbered clause, "
              + LOST
              + " (move it under a numbered heading)";
      case IN_APPENDIX ->
          "text under "
              + heading
              + " is left out because it is an appendix, "
              + LOST
              + " (if they should be, move it into a numbered section)";
      case FOOTNOTE ->
          "a footnote belongs to no numbered clause, "
              + LOST
              + " (its mark is left out of the clause that refers to it; if staff may ask about"
              + " it, move its words into that clause)";
    };
  }

  /** The heading as policies write it: "2. Definitions", "4.6 Protecting Our Partners". */
  private static String numbered(UnquotedText run) {
    String id = run.sectionId();
    String number = id.isEmpty() ? "" : id + (id.contains(".") ? " " : ". ");
    return "\"" + number + run.heading() + "\"";
  }

  /**
   * A number HR could give the text: the first of its numbered section, or the one after the clause
   * above it ({@code 8.4} after {@code 8.3}); none when the policy already uses it, as renumbering
   * is HR's call.
   */
  private static Optional<String> freeNumber(Policy policy, UnquotedText run) {
    Clause before = null;
    for (Clause c : policy.clauses()) {
      if (c.line() < run.line()) {
        before = c;
      }
    }
    String candidate;
    if (!run.sectionId().isEmpty()
        && (before == null || !before.sectionId().equals(run.sectionId()))) {
      candidate = run.sectionId() + ".1";
    } else if (before != null) {
      Matcher m = PARAGRAPH.matcher(before.id());
      if (!m.matches()) {
        return Optional.empty();
      }
      String number = m.group(1);
      int dot = number.lastIndexOf('.');
      int next = Integer.parseInt(number.substring(dot + 1)) + 1;
      candidate = number.substring(0, dot + 1) + next;
    } else {
      return Optional.empty();
    }
    boolean used =
        policy.clauses().stream()
                .map(Clause::id)
                .anyMatch(
                    id ->
                        id.equals(candidate)
                            || id.startsWith(candidate + "(")
                            || id.startsWith(candidate + "."))
            || policy.sections().stream().anyMatch(s -> s.id().equals(candidate));
    return used ? Optional.empty() : Optional.of(candidate);
  }
}
