package org.policybot.core.feedback;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes votes as one log line each, on one logger for every channel, so operators route and count
 * feedback without knowing class names. The line carries the fields as SLF4J key-value pairs (for
 * structured encoders) and in its message (for plain patterns); never the question. Thread-safe.
 */
public final class FeedbackLog {

  /** The logger name operators route feedback by. */
  public static final String LOGGER_NAME = "policybot.feedback";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private FeedbackLog() {}

  /** Writes one vote at INFO. */
  public static void record(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    String verdict = vote.verdict().wireName();
    LOG.atInfo()
        .addKeyValue("channel", vote.channel())
        .addKeyValue("answer_id", vote.answerId())
        .addKeyValue("policy", vote.policyId())
        .addKeyValue("clause", vote.clauseId())
        .addKeyValue("verdict", verdict)
        .log(
            "feedback channel={} answer_id={} policy={} clause={} verdict={}",
            vote.channel(),
            vote.answerId(),
            vote.policyId(),
            vote.clauseId(),
            verdict);
  }
}
