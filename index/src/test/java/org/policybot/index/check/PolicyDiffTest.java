package org.policybot.index.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.parse.PolicyParser;

class PolicyDiffTest {

  private static Policy parse(String text) throws PolicyFormatException {
    return PolicyParser.parse(
        "leave-policy", "leave-policy.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lists_added_removed_and_reworded_clauses_and_metadata_changes() throws Exception {
    Policy before = parse(PolicyCheckTest.GOOD);
    Policy after =
        parse(
            PolicyCheckTest.GOOD
                    .replace("V2.0", "V2.1")
                    .replace("two weeks'", "four weeks'")
                    .replace("- a. The headteacher approves leave during term time.\n", "")
                    .replace(
                        "### 2.2 Approval\n", "### 2.2 Approval\n\n- a. Only governors approve.\n")
                + "\n### 2.3 Appeals\n\n- a. Appeal to the trust.\n");
    PolicyDiff diff = PolicyDiff.between(Optional.of(before), after);
    assertEquals(List.of("2.3(a)"), diff.added().stream().map(Clause::id).toList());
    assertEquals(List.of(), diff.removed());
    assertEquals(2, diff.changed().size());
    assertEquals("Requests need two weeks' notice.", diff.changed().get(0).before().text());
    assertEquals("Requests need four weeks' notice.", diff.changed().get(0).after().text());
    assertEquals(List.of(new PolicyDiff.FieldChange("version", "V2.0", "V2.1")), diff.metadata());
    assertEquals(2, diff.unchanged());
  }

  @Test
  void a_removed_clause_is_listed_with_its_old_text() throws Exception {
    Policy before = parse(PolicyCheckTest.GOOD);
    Policy after =
        parse(PolicyCheckTest.GOOD.replace("- b. Requests need two weeks' notice.\n", ""));
    PolicyDiff diff = PolicyDiff.between(Optional.of(before), after);
    assertEquals(List.of("2.1(b)"), diff.removed().stream().map(Clause::id).toList());
    assertEquals("Requests need two weeks' notice.", diff.removed().get(0).text());
  }

  @Test
  void identical_versions_make_an_empty_diff_and_a_first_version_adds_everything()
      throws Exception {
    Policy policy = parse(PolicyCheckTest.GOOD);
    assertTrue(PolicyDiff.between(Optional.of(policy), policy).isEmpty());
    PolicyDiff first = PolicyDiff.between(Optional.empty(), policy);
    assertEquals(4, first.added().size());
    assertEquals("V2.0", first.metadata().get(1).after());
  }

  @Test
  void example_questions_added_and_removed_are_listed_even_when_no_clause_changed()
      throws Exception {
    String block =
        """
        <!-- PolicyBot example questions
        2.1(a): who do I ask for a day off?
        2.1(b): how much notice for leave?
        -->
        """;
    Policy before = parse(PolicyCheckTest.GOOD + block);
    Policy after =
        parse(
            PolicyCheckTest.GOOD
                + "\n"
                + block.replace(
                    "2.1(b): how much notice for leave?", "2.2(a): can the head refuse leave?"));
    PolicyDiff diff = PolicyDiff.between(Optional.of(before), after);
    assertEquals(0, diff.added().size() + diff.removed().size() + diff.changed().size());
    assertEquals(
        List.of("2.2(a) can the head refuse leave?"),
        diff.examplesAdded().stream().map(q -> q.clauseId() + " " + q.question()).toList());
    assertEquals(
        List.of("2.1(b) how much notice for leave?"),
        diff.examplesRemoved().stream().map(q -> q.clauseId() + " " + q.question()).toList());
    assertFalse(diff.isEmpty());
    // Moving the block down a line changes no question.
    assertTrue(
        PolicyDiff.between(Optional.of(before), parse(PolicyCheckTest.GOOD + "\n" + block))
            .isEmpty());
  }
}
