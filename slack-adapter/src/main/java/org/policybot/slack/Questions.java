package org.policybot.slack;

import org.policybot.core.Answer;
import org.policybot.core.PolicyAnswerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the core and notes the outcome under the server's question logger, so a feedback line's
 * answer id can be traced to the clause that was quoted. The question text is never logged here: it
 * can be personal.
 */
final class Questions {

  /** The logger the app's own pages use for answers, so all channels read alike. */
  private static final Logger LOG = LoggerFactory.getLogger("org.policybot.questions");

  private Questions() {}

  static Answer ask(PolicyAnswerer answerer, String question, String surface) {
    Answer a = answerer.answer(question);
    if (LOG.isDebugEnabled()) {
      String clause = a.clause().map(c -> c.policyId() + " " + c.clauseId()).orElse("-");
      LOG.debug("slack-{} answer {} {} {}", surface, a.id(), a.status().wireName(), clause);
    }
    return a;
  }
}
