package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.parse.PolicyParser;

/**
 * How much a policy's example questions count is measured from the policy's own examples, never
 * from an evaluation set: the closer its clauses read to the way staff ask, the more they count.
 */
class ExampleScaleTest {

  private static double measured(Path file) throws Exception {
    Policy p = PolicyParser.parse(file);
    Map<String, List<String>> asked = p.examples().byClause();
    List<String> texts = new ArrayList<>();
    List<List<String>> examples = new ArrayList<>();
    for (Clause c : p.clauses()) {
      texts.add(c.sectionTitle() + ". " + c.text());
      examples.add(asked.getOrDefault(c.id(), List.of()));
    }
    return SemanticReranker.shared().exampleScale(texts, examples);
  }

  @Test
  void the_bundled_policys_short_clauses_keep_their_examples_at_about_two_thirds()
      throws Exception {
    double scale = measured(Path.of("../policies/social-media-policy.md"));
    assertTrue(scale > 0.6 && scale < 0.7, "measured " + scale);
  }

  @Test
  void numbered_paragraphs_that_read_like_the_questions_count_them_more_up_to_the_cap()
      throws Exception {
    double scale = measured(Path.of("../policies-examples/attendance-and-absence-policy.md"));
    assertEquals(SemanticReranker.MAX_EXAMPLE_SCALE, scale, 1e-9, "0.89 measured, capped");
  }

  @Test
  void an_example_written_twice_does_not_lower_the_scale() throws Exception {
    Policy p = PolicyParser.parse(Path.of("../policies/social-media-policy.md"));
    Map<String, List<String>> asked = p.examples().byClause();
    List<String> texts = new ArrayList<>();
    List<List<String>> once = new ArrayList<>();
    List<List<String>> twice = new ArrayList<>();
    for (Clause c : p.clauses()) {
      texts.add(c.sectionTitle() + ". " + c.text());
      List<String> e = asked.getOrDefault(c.id(), List.of());
      once.add(e);
      List<String> doubled = new ArrayList<>(e);
      e.forEach(q -> doubled.add(" " + q.toUpperCase(java.util.Locale.ROOT) + " "));
      twice.add(doubled);
    }
    SemanticReranker r = SemanticReranker.shared();
    assertEquals(r.exampleScale(texts, once), r.exampleScale(texts, twice), 1e-9);
  }

  @Test
  void too_few_examples_to_measure_keep_the_default() {
    List<String> texts = List.of("Staff must not share passwords.", "Laptops are locked away.");
    List<List<String>> examples =
        List.of(List.of("can I tell my TA my login?", "is sharing my password ok?"), List.of());
    assertEquals(
        SemanticReranker.DEFAULT_EXAMPLE_SCALE,
        SemanticReranker.shared().exampleScale(texts, examples));
  }
}
