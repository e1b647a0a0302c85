package org.policybot.index.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewDateTest {

  private static Optional<LocalDate> due(String s) {
    return ReviewDate.dueBy(s);
  }

  @Test
  void reads_the_common_written_forms() {
    assertEquals(Optional.of(LocalDate.of(2022, 2, 28)), due("February 2022"));
    assertEquals(Optional.of(LocalDate.of(2022, 2, 28)), due("Feb 2022"));
    assertEquals(Optional.of(LocalDate.of(2020, 9, 30)), due("Sept 2020"));
    assertEquals(Optional.of(LocalDate.of(2020, 12, 14)), due("14th December 2020"));
    assertEquals(Optional.of(LocalDate.of(2020, 12, 1)), due("1st of December, 2020"));
    assertEquals(Optional.of(LocalDate.of(2022, 2, 1)), due("2022-02-01"));
    assertEquals(Optional.of(LocalDate.of(2022, 2, 1)), due("01/02/2022"));
    assertEquals(Optional.of(LocalDate.of(2024, 8, 31)), due("Summer Term 2024"));
    assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), due("2023"));
  }

  @Test
  void refuses_what_is_not_a_date() {
    assertEquals(Optional.empty(), due("Bi-annual"));
    assertEquals(Optional.empty(), due("n/a"));
    assertEquals(Optional.empty(), due("31/02/2022"));
    assertEquals(Optional.empty(), due("Febxyz 2022"));
    assertEquals(Optional.empty(), due(""));
  }

  @Test
  void a_month_is_overdue_only_after_it_ends() {
    assertFalse(ReviewDate.overdue("February 2022", LocalDate.of(2022, 2, 28)));
    assertTrue(ReviewDate.overdue("February 2022", LocalDate.of(2022, 3, 1)));
    assertFalse(ReviewDate.overdue("whenever", LocalDate.of(2099, 1, 1)));
  }
}
