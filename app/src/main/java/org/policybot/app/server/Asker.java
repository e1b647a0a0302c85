package org.policybot.app.server;

import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.PolicyAnswerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the core and logs the outcome. Question text can be personal, so it is logged (at INFO) only
 * when the operator turned {@code POLICYBOT_LOG_QUESTIONS} on; otherwise only the answer id, status
 * and clause are logged, at DEBUG.
 */
final class Asker {

  private static final Logger LOG = LoggerFactory.getLogger("org.policybot.questions");

  private final PolicyAnswerer answerer;
  private final boolean logQuestions;

  Asker(PolicyAnswerer answerer, boolean logQuestions) {
    this.answerer = answerer;
    this.logQuestions = logQuestions;
  }

  /** Answers a question from a channel ({@code page}, {@code api}). */
  Answer answer(String question, String channel) {
    Answer a = answerer.answer(question);
    String clause = a.clause().map(c -> c.policyId() + " " + c.clauseId()).orElse("-");
    if (logQuestions) {
      LOG.info(
          "{} answer {} {} {} q=\"{}\"",
          channel,
          a.id(),
          a.status().wireName(),
          clause,
          a.question());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("{} answer {} {} {}", channel, a.id(), a.status().wireName(), clause);
    }
    return a;
  }

  /** The usage reply, with example questions. */
  Answer help() {
    return answerer.answer("");
  }

  /** Whether the core answers a fixed probe question; used by {@code /readyz}. */
  boolean answers() {
    Answer a = answerer.answer("Can I use social media at work?");
    return a.status() != AnswerStatus.HELP;
  }

  PolicyAnswerer answerer() {
    return answerer;
  }
}
