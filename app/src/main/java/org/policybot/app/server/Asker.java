package org.policybot.app.server;

import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;

/** Asks the core and notes the answer in the answer log. */
final class Asker {

  private final PolicyAnswerer answerer;
  private final AnswerLog log;

  Asker(PolicyAnswerer answerer, AnswerLog log) {
    this.answerer = answerer;
    this.log = log;
  }

  /** Answers a question from a channel ({@code page}, {@code api}). */
  Answer answer(String question, String channel) {
    Answer a = answerer.answer(question);
    log.record(a, channel);
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
