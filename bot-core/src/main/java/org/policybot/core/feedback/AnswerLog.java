package org.policybot.core.feedback;

import java.util.regex.Pattern;
import org.policybot.core.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes every answer, from every channel, as one line on one logger, so a feedback line's answer id
 * can be traced to the clause that was quoted. Question text can be personal: it is written (at
 * INFO) only when the operator turned it on, and then HR can turn the questions staff really asked
 * into example questions ({@code policybot examples --from-log}). Otherwise the line carries only
 * the answer id, status and clause, at DEBUG. Thread-safe.
 */
public final class AnswerLog {

  /** The logger name operators route answers by. */
  public static final String LOGGER_NAME = "org.policybot.questions";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  /** Line and paragraph separators some log viewers break lines at; the core keeps other text. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\u2028\\u2029\\u0085]");

  private final boolean withQuestions;

  /**
   * @param withQuestions whether question text is logged; off unless the operator opts in
   */
  public AnswerLog(boolean withQuestions) {
    this.withQuestions = withQuestions;
  }

  /**
   * Writes one line for an answer.
   *
   * @param channel where the question came from, a word such as {@code api}, {@code slack-command}
   *     or {@code teams}
   */
  public void record(Answer answer, String channel) {
    String clause = answer.clause().map(c -> c.policyId() + " " + c.clauseId()).orElse("-");
    if (withQuestions) {
      LOG.info(
          "{} answer {} {} {} q=\"{}\"",
          channel,
          answer.id(),
          answer.status().wireName(),
          clause,
          quote(answer.question()));
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("{} answer {} {} {}", channel, answer.id(), answer.status().wireName(), clause);
    }
  }

  /**
   * The question as it goes between the line's quotes: backslashes and quotes escaped, so the text
   * can neither end the field early nor, with the core's control characters already gone, start a
   * forged line. {@link AnswerLogReader} reads it back.
   */
  static String quote(String question) {
    String s = SEPARATORS.matcher(question).replaceAll(" ");
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
