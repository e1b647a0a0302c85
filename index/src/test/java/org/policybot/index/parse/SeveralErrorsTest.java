package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.PolicyFormatException.Problem;

/** Clause numbers used twice and clauses without text are all reported in one reading. */
class SeveralErrorsTest {

  /** A typical renumbering mistake: 1.2 and 1.3 used again, 1.4 left empty, 2.1 pasted twice. */
  static final String RENUMBERED =
      """
      # LEAVE POLICY

      ## 1. Requests

      1.1 Staff must ask in writing.
      1.2 The head replies within five days.
      1.3 Appeals go to the governors.

      1.4

      1.2 Staff may withdraw a request.
      1.3 A withdrawn request is not counted.

      ## 2. Pay

      2.1 Leave is paid.
      2.1 Unpaid leave is agreed case by case.
      """;

  private static PolicyFormatException reject(String text) {
    return assertThrows(
        PolicyFormatException.class,
        () -> PolicyParser.parse("bad", "bad.md", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Problem problem(int line, String message) {
    return new Problem("bad.md", line, message);
  }

  @Test
  void every_repeated_number_and_empty_clause_is_reported_at_its_line_in_line_order() {
    PolicyFormatException e = reject(RENUMBERED);

    assertEquals(
        List.of(
            problem(9, "clause 1.4 has no text"),
            problem(
                11, "clause 1.2 appears twice (first at line 6); clause numbers must be unique"),
            problem(
                12, "clause 1.3 appears twice (first at line 7); clause numbers must be unique"),
            problem(
                17, "clause 2.1 appears twice (first at line 16); clause numbers must be unique")),
        e.problems());
    assertEquals(4, e.count());
  }

  @Test
  void the_first_problem_still_gives_the_source_line_and_message_with_a_count_of_the_rest() {
    PolicyFormatException e = reject(RENUMBERED);

    assertEquals("bad.md", e.source());
    assertEquals(9, e.line());
    assertEquals("bad.md:9: clause 1.4 has no text (and 3 more errors)", e.getMessage());
  }

  @Test
  void a_single_repeated_number_reads_exactly_as_before() {
    PolicyFormatException e = reject("1. Scope\n\n1.1 First.\n1.2 Second.\n1.1 Again.\n");

    assertEquals(1, e.count());
    assertEquals(
        List.of(
            problem(
                5, "clause 1.1 appears twice (first at line 3); clause numbers must be unique")),
        e.problems());
    assertEquals(
        "bad.md:5: clause 1.1 appears twice (first at line 3); clause numbers must be unique",
        e.getMessage());
  }

  @Test
  void a_single_empty_clause_reads_exactly_as_before() {
    PolicyFormatException e = reject("1. Scope\n\n1.1\n\n1.2 Text.\n");

    assertEquals(1, e.count());
    assertEquals("bad.md:3: clause 1.1 has no text", e.getMessage());
  }

  @Test
  void the_items_of_a_repeated_paragraph_are_covered_by_its_error_not_reported_again() {
    PolicyFormatException e =
        reject(
            """
            # P

            ## 1. Scope

            1.1 Staff must:
            (a) ask in writing;
            (b) wait for a reply.
            1.2 The head replies.
            1.1 Staff must also:
            (a) ask twice;
            (b) wait again.
            1.3 Done.
            1.3 Done again.
            """);

    assertEquals(
        List.of(
            problem(9, "clause 1.1 appears twice (first at line 5); clause numbers must be unique"),
            problem(
                13, "clause 1.3 appears twice (first at line 12); clause numbers must be unique")),
        e.problems());
  }

  @Test
  void numbering_that_starts_again_explains_the_restart_at_each_repeated_number() {
    PolicyFormatException e =
        reject(
            """
            # Pay Policy

            # Part A – Teachers

            1.1 Pay progression is based on performance.
            1.2 Decisions are made by 31 October.

            # Part B – Support Staff

            1.1 Support staff are paid on the NJC pay spine.
            1.2 Increments are awarded on 1 April.
            """);

    assertEquals(List.of(10, 11), e.problems().stream().map(Problem::line).toList());
    for (Problem p : e.problems()) {
      assertTrue(
          p.message().contains("the numbering starts again after \"Part B – Support Staff\""),
          p.message());
    }
    assertTrue(
        e.problems().get(0).message().startsWith("clause 1.1 appears twice (first at line 5): "));
    assertTrue(
        e.problems().get(1).message().startsWith("clause 1.2 appears twice (first at line 6): "));
  }

  @Test
  void an_error_after_which_nothing_can_be_read_stays_the_only_one() {
    PolicyFormatException e = reject(RENUMBERED + "\n<!-- a note never closed\n");

    assertEquals(1, e.count());
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().contains("never closed with '-->'"), e.getMessage());
  }

  @Test
  void a_file_without_clauses_is_one_error() {
    PolicyFormatException e = reject("# Notes\n\nJust prose.\n");

    assertEquals(1, e.count());
    assertTrue(e.getMessage().startsWith("bad.md: no numbered clauses found"), e.getMessage());
  }

  @Test
  void a_hundred_thousand_repeated_lines_keep_a_hundred_problems_and_count_the_rest() {
    String hostile = "# P\n\n## 1. Scope\n\n" + "1.1 The same clause again.\n".repeat(100_000);

    PolicyFormatException e =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reject(hostile));

    assertEquals(99_999, e.count());
    assertEquals(PolicyFormatException.MAX_PROBLEMS, e.problems().size());
    assertEquals(6, e.problems().get(0).line());
    assertEquals(105, e.problems().get(99).line());
    assertTrue(e.getMessage().endsWith(" (and 99998 more errors)"), e.getMessage());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }

  @Test
  void the_problems_kept_are_the_first_in_line_order_whatever_their_kind() {
    String text =
        "# P\n\n## 1. Scope\n\n1.1\n\n1.2 Text.\n"
            + "1.2 Again.\n".repeat(150)
            + "\n1.3\n\n1.4 Last.\n";

    PolicyFormatException e = reject(text);

    assertEquals(152, e.count());
    assertEquals(problem(5, "clause 1.1 has no text"), e.problems().get(0));
    assertEquals(
        List.of(8, 106),
        List.of(e.problems().get(1).line(), e.problems().get(99).line()),
        "the dupes at lines 8 to 157 follow the empty 1.1; the empty 1.3 at 159 is only counted");
  }
}
