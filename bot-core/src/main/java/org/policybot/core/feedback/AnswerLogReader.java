package org.policybot.core.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the questions HR could learn from out of log lines: those answered "not covered" and those
 * whose answer someone voted "Not helpful". Lines are found by their message, wherever the log
 * pattern puts it, so a timestamp or logger prefix does not matter; everything else is skipped.
 * Needs the answer log with question text ({@code POLICYBOT_LOG_QUESTIONS=true}); feedback lines
 * alone carry no question.
 */
public final class AnswerLogReader {

  /** What {@link AnswerLog} writes with question text. */
  private static final Pattern ANSWER =
      Pattern.compile(
          "(?:^|\\s)(\\S+) answer (\\S+) (answered|not_covered|help) (?:(\\S+) (\\S+)|-)"
              + " q=\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

  /** What {@link FeedbackLog} writes. */
  private static final Pattern VOTE =
      Pattern.compile(
          "feedback channel=\\S+ answer_id=(\\S+) policy=\\S+ clause=\\S+ verdict=(\\S+)\\s*$");

  private static final Pattern UNESCAPE = Pattern.compile("\\\\(.)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING = Pattern.compile("[\\s?!.]+$");

  private record Asked(String question, boolean notCovered, String clause) {}

  private AnswerLogReader() {}

  /**
   * Whether a line could be an answer or a vote; a cheap test, so a reader of a large log keeps
   * only these.
   */
  public static boolean mayMatter(String line) {
    return line.contains(" answer ") || line.contains("feedback channel=");
  }

  /**
   * The questions worth an example, most often unanswered or disliked first.
   *
   * @param lines log lines, in any order (a vote may come before its answer in a merged log)
   */
  public static List<LoggedQuestion> toLearnFrom(Iterable<String> lines) {
    Map<String, Asked> answers = new LinkedHashMap<>();
    Map<String, Verdict> votes = new HashMap<>();
    for (String line : lines) {
      Matcher a = ANSWER.matcher(line);
      if (a.find()) {
        if (!a.group(3).equals("help")) {
          String clause = a.group(4) == null ? null : a.group(4) + " " + a.group(5);
          String question = UNESCAPE.matcher(a.group(6)).replaceAll("$1");
          answers.put(a.group(2), new Asked(question, a.group(3).equals("not_covered"), clause));
        }
        continue;
      }
      Matcher v = VOTE.matcher(line);
      if (v.find()) {
        // The last click counts: people change their minds.
        Verdict.fromWireName(v.group(2)).ifPresent(verdict -> votes.put(v.group(1), verdict));
      }
    }
    Map<String, Tally> byQuestion = new LinkedHashMap<>();
    answers.forEach(
        (id, asked) -> {
          Tally t = byQuestion.computeIfAbsent(key(asked.question()), k -> new Tally(asked));
          t.asked++;
          if (asked.notCovered()) {
            t.notCovered++;
          } else if (votes.get(id) == Verdict.NOT_HELPFUL && asked.clause() != null) {
            t.notHelpful.add(asked.clause());
          }
        });
    List<LoggedQuestion> out = new ArrayList<>();
    for (Tally t : byQuestion.values()) {
      if (t.notCovered > 0 || !t.notHelpful.isEmpty()) {
        out.add(
            new LoggedQuestion(
                t.first.question(), t.asked, t.notCovered, List.copyOf(t.notHelpful)));
      }
    }
    out.sort(
        Comparator.comparingInt((LoggedQuestion q) -> q.notCovered() + q.notHelpful().size())
            .reversed()
            .thenComparing(Comparator.comparingInt(LoggedQuestion::asked).reversed()));
    return out;
  }

  /** Questions that differ only in case, spacing or closing punctuation are one question. */
  private static String key(String question) {
    String s = SPACE.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return TRAILING.matcher(s).replaceAll("");
  }

  private static final class Tally {
    final Asked first;
    int asked;
    int notCovered;
    final Set<String> notHelpful = new LinkedHashSet<>();

    Tally(Asked first) {
      this.first = first;
    }
  }
}
