package org.policybot.core.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the questions HR could learn from out of log lines: those answered "not covered" and those
 * whose answer someone voted "Not helpful". Lines are found by their message, wherever the log
 * pattern puts it, so a timestamp or logger prefix, or fields after the message ({@code %kvp}), do
 * not matter; everything else is skipped. Needs the answer log with question text ({@code
 * POLICYBOT_LOG_QUESTIONS=true}); feedback lines alone carry no question.
 *
 * <p>The lines are read twice, first for the votes and then for the answers, so that only the
 * questions worth keeping are held in memory, however long the log.
 */
public final class AnswerLogReader {

  /**
   * What {@link AnswerLog} writes with question text. The question's quotes are escaped, so its
   * closing quote is the first unescaped one; anything after it is another field.
   */
  private static final Pattern ANSWER =
      Pattern.compile(
          "(?:^|\\s)(\\S+) answer (\\S+) (answered|not_covered|help) (?:(\\S+) (\\S+)|-)"
              + " q=\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s|$)");

  /** What {@link FeedbackLog} writes. */
  private static final Pattern VOTE =
      Pattern.compile(
          "feedback channel=\\S+ answer_id=(\\S+) policy=\\S+ clause=\\S+ verdict=(\\w+)");

  /**
   * A line written before questions were escaped could hold a forged field; one that {@link
   * AnswerLog} wrote has exactly one.
   */
  private static final Pattern QUESTION_FIELD = Pattern.compile(" q=\"");

  private static final Pattern UNESCAPE = Pattern.compile("\\\\(.)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[\u2018\u2019\u201B`\u00B4]");
  private static final Pattern TRAILING = Pattern.compile("[\\s?!.]+$");

  /**
   * What a log holds.
   *
   * @param answers how many answer lines with question text were read
   * @param toLearnFrom the questions worth an example, most often missed first
   */
  public record Result(int answers, List<LoggedQuestion> toLearnFrom) {}

  private AnswerLogReader() {}

  /** Whether a line could be an answer or a vote; a cheap test before the patterns. */
  public static boolean mayMatter(String line) {
    return line.contains(" answer ") || line.contains("feedback channel=");
  }

  /**
   * Reads the log twice from the supplier.
   *
   * @param lines a fresh stream of the log's lines at each call, in any order (a vote may come
   *     before its answer in a merged log)
   */
  public static Result read(Supplier<Stream<String>> lines) {
    Set<String> votedDown = new HashSet<>();
    try (Stream<String> first = lines.get()) {
      Map<String, Verdict> last = new HashMap<>();
      first
          .filter(AnswerLogReader::mayMatter)
          .forEach(
              line -> {
                Matcher v = VOTE.matcher(line);
                if (v.find()) {
                  // The last click counts: people change their minds.
                  Verdict.fromWireName(v.group(2)).ifPresent(x -> last.put(v.group(1), x));
                }
              });
      last.forEach(
          (id, verdict) -> {
            if (verdict == Verdict.NOT_HELPFUL) {
              votedDown.add(id);
            }
          });
    }
    Map<String, Tally> byQuestion = new LinkedHashMap<>();
    int[] answers = {0};
    try (Stream<String> second = lines.get()) {
      second
          .filter(AnswerLogReader::mayMatter)
          .forEach(
              line -> {
                Matcher a = ANSWER.matcher(line);
                if (!a.find() || a.group(3).equals("help") || fields(line) != 1) {
                  return;
                }
                answers[0]++;
                boolean notCovered = a.group(3).equals("not_covered");
                boolean disliked = !notCovered && votedDown.contains(a.group(2));
                String question = UNESCAPE.matcher(a.group(6)).replaceAll("$1");
                Tally t = byQuestion.get(key(question));
                if (t == null && !notCovered && !disliked) {
                  return; // answered and liked, or not voted on: nothing to learn, nothing kept
                }
                if (t == null) {
                  t = new Tally(question);
                  byQuestion.put(key(question), t);
                }
                t.asked++;
                if (notCovered) {
                  t.notCovered++;
                } else if (disliked) {
                  t.votedDown++;
                  t.notHelpful.add(a.group(4) + " " + a.group(5));
                }
              });
    }
    List<LoggedQuestion> out = new ArrayList<>();
    for (Tally t : byQuestion.values()) {
      out.add(
          new LoggedQuestion(
              t.question, t.asked, t.notCovered, t.votedDown, List.copyOf(t.notHelpful)));
    }
    out.sort(
        Comparator.comparingInt(LoggedQuestion::missed)
            .reversed()
            .thenComparing(Comparator.comparingInt(LoggedQuestion::asked).reversed()));
    return new Result(answers[0], out);
  }

  /** The questions worth an example in lines already in memory; see {@link #read}. */
  public static List<LoggedQuestion> toLearnFrom(List<String> lines) {
    return read(lines::stream).toLearnFrom();
  }

  private static int fields(String line) {
    int n = 0;
    Matcher m = QUESTION_FIELD.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Questions that differ only in case, spacing, quote marks or closing punctuation are one
   * question.
   */
  public static String key(String question) {
    String s = QUOTES.matcher(question.toLowerCase(Locale.ROOT)).replaceAll("'");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    return TRAILING.matcher(s).replaceAll("");
  }

  private static final class Tally {
    final String question;
    int asked;
    int notCovered;
    int votedDown;
    final Set<String> notHelpful = new LinkedHashSet<>();

    Tally(String question) {
      this.question = question;
    }
  }
}
