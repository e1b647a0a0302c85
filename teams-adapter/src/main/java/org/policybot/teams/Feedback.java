package org.policybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A "Helpful" / "Not helpful" vote on one answer, as sent back by the card's Action.Submit.
 * Recorded as one structured log line with no question text, which can be personal.
 *
 * @param answerId the answer's id, from the core
 * @param policyId the quoted policy
 * @param clauseId the quoted clause
 * @param helpful the verdict
 */
record Feedback(String answerId, String policyId, String clauseId, boolean helpful) {

  /** The submit payload's marker, so other submissions are never mistaken for votes. */
  static final String ACTION = "policybot.feedback";

  static final String HELPFUL = "helpful";
  static final String NOT_HELPFUL = "not_helpful";

  /** The card echoes these back; anything else in them is a forged or broken payload. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private static final Pattern CLAUSE = Pattern.compile("[A-Za-z0-9.()-]{1,32}");

  /** Its own logger name, so operators can route votes to their own file. */
  private static final Logger LOG = LoggerFactory.getLogger("org.policybot.teams.feedback");

  Feedback {
    Objects.requireNonNull(answerId, "answerId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(clauseId, "clauseId");
    if (!ID.matcher(answerId).matches()) {
      throw new IllegalArgumentException("bad answer id: '" + answerId + "'");
    }
    if (!ID.matcher(policyId).matches()) {
      throw new IllegalArgumentException("bad policy id: '" + policyId + "'");
    }
    if (!CLAUSE.matcher(clauseId).matches()) {
      throw new IllegalArgumentException("bad clause id: '" + clauseId + "'");
    }
  }

  /** The vote in a card submission, or empty when the value is not a well-formed vote. */
  static Optional<Feedback> from(JsonNode value) {
    if (value == null || !value.isObject() || !ACTION.equals(value.path("action").asText())) {
      return Optional.empty();
    }
    String verdict = value.path("verdict").asText();
    if (!verdict.equals(HELPFUL) && !verdict.equals(NOT_HELPFUL)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Feedback(
              value.path("answerId").asText(),
              value.path("policyId").asText(),
              value.path("clause").asText(),
              verdict.equals(HELPFUL)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The payload a card button submits for this vote. */
  ObjectNode toSubmitData() {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("action", ACTION);
    data.put("answerId", answerId);
    data.put("policyId", policyId);
    data.put("clause", clauseId);
    data.put("verdict", verdict());
    return data;
  }

  /** {@code helpful} or {@code not_helpful}. */
  String verdict() {
    return helpful ? HELPFUL : NOT_HELPFUL;
  }

  /** Writes the vote as key-value pairs and, for plain log patterns, in the message too. */
  void record() {
    LOG.atInfo()
        .addKeyValue("answer_id", answerId)
        .addKeyValue("policy", policyId)
        .addKeyValue("clause", clauseId)
        .addKeyValue("verdict", verdict())
        .log(
            "answer feedback answer_id={} policy={} clause={} verdict={}",
            answerId,
            policyId,
            clauseId,
            verdict());
  }
}
