package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;

class IdeaRarityTest {

  static Policy parse(String id, String text) throws Exception {
    return PolicyParser.parse(id, id + ".md", text.getBytes(StandardCharsets.UTF_8));
  }

  static final String SITES =
      """
      # Sites Policy

      ## 1. Sites

      1.1 Social networking sites may be used at lunch.

      1.2 Do not post about pupils on social networking sites.

      1.3 Report misuse of sites to your line manager.

      1.4 Passwords must be kept private.
      """;

  /**
   * A word in most of a policy's clauses ("site") covers less of a question than one the policy
   * never uses ("smoke") leaves uncovered, so "can I smoke on site?" is not half covered.
   */
  @Test
  void an_idea_common_in_the_policy_covers_less_of_the_question_than_a_missing_one()
      throws Exception {
    try (PolicyIndex index =
        PolicyIndex.build(List.of(parse("sites-policy", SITES)), SearchOptions.lexicalOnly())) {
      SearchHit best = index.search("can I smoke on site", 3).hits().get(0);
      assertEquals(List.of("site"), best.matched());
      assertEquals(1.0, best.matchedWeight(), 1e-9, "the idea still counts whole as evidence");
      assertTrue(best.coverage() < 0.3, "coverage " + best.coverage());

      SearchHit rare = index.search("can I share my passwords", 3).hits().get(0);
      assertEquals("1.4", rare.clause().id());
      assertTrue(rare.coverage() >= 0.5, "a rare shared idea still covers: " + rare.coverage());
    }
  }

  /** Another policy indexed beside it, which uses "site" nowhere, changes nothing. */
  @Test
  void rarity_is_measured_within_the_clauses_own_policy() throws Exception {
    String other =
        """
        # Uniform Policy

        ## 1. Uniform

        1.1 Pupils wear blazers.

        1.2 Ties are worn every day.
        """;
    try (PolicyIndex alone =
            PolicyIndex.build(List.of(parse("sites-policy", SITES)), SearchOptions.lexicalOnly());
        PolicyIndex both =
            PolicyIndex.build(
                List.of(parse("sites-policy", SITES), parse("uniform-policy", other)),
                SearchOptions.lexicalOnly())) {
      double a = alone.search("can I smoke on site", 3).hits().get(0).coverage();
      double b = both.search("can I smoke on site", 3).hits().get(0).coverage();
      assertEquals(a, b, 1e-9);
    }
  }
}
