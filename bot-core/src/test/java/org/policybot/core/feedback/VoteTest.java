package org.policybot.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteTest {

  @Test
  void accepts_the_ids_the_core_hands_out() {
    Vote vote =
        new Vote("teams", "1a2b3c4d-5e6f", "social-media-policy", "4.8(b)", Verdict.HELPFUL);

    assertEquals("4.8(b)", vote.clauseId());
  }

  @Test
  void refuses_values_that_could_forge_log_fields_or_lines() {
    assertThrows(IllegalArgumentException.class, () -> vote("x verdict=helpful", "4.8(b)"));
    assertThrows(IllegalArgumentException.class, () -> vote("id1", "4.8(b)\nINFO fake line"));
    assertThrows(IllegalArgumentException.class, () -> vote("", "4.8(b)"));
    assertThrows(IllegalArgumentException.class, () -> vote("id1", "4".repeat(129)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Vote("Slack Bot", "id1", "p", "1", Verdict.HELPFUL));
    assertThrows(NullPointerException.class, () -> new Vote("slack", "id1", "p", "1", null));
  }

  @Test
  void verdicts_read_back_from_their_wire_names_only() {
    assertEquals(Optional.of(Verdict.NOT_HELPFUL), Verdict.fromWireName("not_helpful"));
    assertEquals(Optional.of(Verdict.HELPFUL), Verdict.fromWireName("helpful"));
    assertTrue(Verdict.fromWireName("HELPFUL").isEmpty());
    assertTrue(Verdict.fromWireName(null).isEmpty());
  }

  private static Vote vote(String answerId, String clauseId) {
    return new Vote("slack", answerId, "social-media-policy", clauseId, Verdict.NOT_HELPFUL);
  }
}
