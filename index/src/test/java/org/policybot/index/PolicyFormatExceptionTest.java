package org.policybot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.PolicyFormatException.Problem;

class PolicyFormatExceptionTest {

  private static List<Problem> problems(int n) {
    List<Problem> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Problem("leave.md", 10 + i, "clause 4." + i + " has no text"));
    }
    return out;
  }

  @Test
  void one_problem_reads_as_file_line_and_message() {
    PolicyFormatException e = new PolicyFormatException("leave.md", 12, "clause 4.3 has no text");

    assertEquals("leave.md:12: clause 4.3 has no text", e.getMessage());
    assertEquals(List.of(new Problem("leave.md", 12, "clause 4.3 has no text")), e.problems());
    assertEquals(1, e.count());
    assertEquals(List.of("leave.md:12: clause 4.3 has no text"), e.lines(20));
  }

  @Test
  void a_problem_of_the_whole_file_has_no_line_number() {
    assertEquals(
        "huge.md: file is too large",
        new PolicyFormatException("huge.md", 0, "file is too large").getMessage());
  }

  @Test
  void the_message_is_the_first_problem_and_how_many_more_there_are() {
    assertEquals(
        "leave.md:11: clause 4.1 has no text (and 1 more error)",
        new PolicyFormatException(problems(2), 2).getMessage());
    assertEquals(
        "leave.md:11: clause 4.1 has no text (and 2 more errors)",
        new PolicyFormatException(problems(3), 3).getMessage());
  }

  @Test
  void source_and_line_are_the_first_problems() {
    PolicyFormatException e = new PolicyFormatException(problems(3), 3);

    assertEquals("leave.md", e.source());
    assertEquals(11, e.line());
  }

  @Test
  void at_most_a_hundred_problems_are_kept_and_all_are_counted() {
    PolicyFormatException e = new PolicyFormatException(problems(150), 1000);

    assertEquals(PolicyFormatException.MAX_PROBLEMS, e.problems().size());
    assertEquals(1000, e.count());
    assertEquals("leave.md:11: clause 4.1 has no text (and 999 more errors)", e.getMessage());
  }

  @Test
  void lines_lists_up_to_the_limit_then_counts_the_rest() {
    PolicyFormatException e = new PolicyFormatException(problems(5), 7);

    assertEquals(
        List.of(
            "leave.md:11: clause 4.1 has no text",
            "leave.md:12: clause 4.2 has no text",
            "and 5 more errors"),
        e.lines(2));
    assertEquals(6, e.lines(20).size());
    assertEquals("and 2 more errors", e.lines(20).get(5));
  }

  @Test
  void a_count_below_the_problems_listed_or_no_problem_at_all_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new PolicyFormatException(problems(3), 2));
    assertThrows(IllegalArgumentException.class, () -> new PolicyFormatException(List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> new Problem("leave.md", -1, "x"));
  }
}
