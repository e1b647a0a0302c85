package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static ObjectNode vote() {
    return new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", true).toSubmitData();
  }

  @Test
  void reads_back_the_vote_the_card_submits() {
    assertEquals(
        new Feedback("1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", true),
        Feedback.from(vote()).orElseThrow());
  }

  @Test
  void ignores_other_submissions_and_unknown_verdicts() {
    assertTrue(Feedback.from(vote().put("action", "something.else")).isEmpty());
    assertTrue(Feedback.from(vote().put("verdict", "meh")).isEmpty());
    assertTrue(Feedback.from(JsonNodeFactory.instance.textNode("helpful")).isEmpty());
    assertTrue(Feedback.from(null).isEmpty());
  }

  @Test
  void refuses_ids_that_could_forge_log_fields() {
    assertTrue(Feedback.from(vote().put("answerId", "x verdict=helpful")).isEmpty());
    assertTrue(Feedback.from(vote().put("clause", "4.8(b)\nINFO fake line")).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Feedback("", "p", "1", true));
  }
}
