package org.policybot.slack;

import java.util.Objects;
import org.policybot.core.Answer;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;

/** Asks the core and notes the answer in the answer log, under the Slack surface it came from. */
final class Questions {

  private final PolicyAnswerer answerer;
  private final AnswerLog log;

  Questions(PolicyAnswerer answerer, AnswerLog log) {
    this.answerer = Objects.requireNonNull(answerer, "answerer");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * @param surface {@code command}, {@code mention} or {@code dm}
   */
  Answer ask(String question, String surface) {
    Answer a = answerer.answer(question);
    log.record(a, "slack-" + surface);
    return a;
  }
}
