package org.policybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.core.feedback.Ballots;
import org.policybot.core.feedback.FeedbackLog;
import org.policybot.core.feedback.Verdict;
import org.policybot.core.feedback.Vote;

/**
 * A "Helpful" / "Not helpful" vote on one answer, as sent back by the card's Action.Submit.
 * Recorded through the core's {@link FeedbackLog}, with no question text, which can be personal.
 *
 * @param answerId the answer's id, from the core
 * @param policyId the quoted policy
 * @param clauseId the quoted clause
 * @param helpful the verdict
 */
record Feedback(String answerId, String policyId, String clauseId, boolean helpful) {

  /** The submit payload's marker, so other submissions are never mistaken for votes. */
  static final String ACTION = "policybot.feedback";

  static final String HELPFUL = Verdict.HELPFUL.wireName();
  static final String NOT_HELPFUL = Verdict.NOT_HELPFUL.wireName();

  /**
   * The shapes our card sends back; anything else is a forged or broken payload and is answered as
   * "not understood". Narrower than what the core's {@link Vote} accepts, which is log safety.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private static final Pattern CLAUSE = Pattern.compile("[A-Za-z0-9.()-]{1,32}");

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

  /** Casts the vote: recorded through the core's feedback log if it counts. */
  Ballots.Outcome cast(Ballots ballots, String voter) {
    return ballots.cast(
        voter,
        new Vote(
            "teams",
            answerId,
            policyId,
            clauseId,
            helpful ? Verdict.HELPFUL : Verdict.NOT_HELPFUL));
  }
}
