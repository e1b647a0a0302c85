package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void decodes_form_encoding_as_utf_8() {
    assertEquals(Optional.of("can I post? é"), Query.param("x=1&q=can+I+post%3F+%C3%A9", "q"));
  }

  @Test
  void tells_a_missing_parameter_from_an_empty_one() {
    assertEquals(Optional.empty(), Query.param("x=1", "q"));
    assertEquals(Optional.empty(), Query.param(null, "q"));
    assertEquals(Optional.of(""), Query.param("q=", "q"));
    assertEquals(Optional.of(""), Query.param("q", "q"));
  }

  @Test
  void rejects_malformed_percent_encoding() {
    assertThrows(IllegalArgumentException.class, () -> Query.param("q=100%ZZ", "q"));
  }
}
