package org.policybot.index.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy's review date as people write it and says by when the review is due. Policies
 * write {@code February 2022}, {@code 14th December 2020}, {@code 2022-02-01}, {@code 01/02/2022}
 * (day first, as in the UK) or {@code Summer Term 2024}; a month or term means the end of it, so a
 * policy due for review "in February" is not overdue until March. Stateless and thread-safe.
 */
public final class ReviewDate {

  /** School terms end in these months; "Spring 2024" is due by the end of April. */
  private static final Map<String, Integer> TERMS = Map.of("spring", 4, "summer", 8, "autumn", 12);

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern WORDS =
      Pattern.compile(
          "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?([a-z]+)\\.?(?:\\s+term)?,?\\s+(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private ReviewDate() {}

  /**
   * The last day the review is due, or empty when the text is not a date this class understands
   * (then HR should be told, because an unreadable date can never be flagged overdue).
   */
  public static Optional<LocalDate> dueBy(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String t = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    try {
      return Optional.ofNullable(parse(t));
    } catch (DateTimeException e) {
      return Optional.empty(); // 31/02/2022 and friends: a typo, reported as unreadable
    }
  }

  /** Whether a review date has passed on the given day; unreadable dates are never overdue. */
  public static boolean overdue(String written, LocalDate today) {
    return dueBy(written).map(today::isAfter).orElse(false);
  }

  private static LocalDate parse(String t) {
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    }
    m = NUMERIC.matcher(t);
    if (m.matches()) {
      return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
    }
    m = MONTH_YEAR_NUMERIC.matcher(t);
    if (m.matches()) {
      return YearMonth.of(num(m, 2), num(m, 1)).atEndOfMonth();
    }
    m = WORDS.matcher(t);
    if (m.matches()) {
      return words(m);
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      return LocalDate.of(num(m, 1), 12, 31);
    }
    return null;
  }

  private static LocalDate words(Matcher m) {
    String word = m.group(2);
    int year = num(m, 3);
    Integer term = TERMS.get(word);
    if (term != null && m.group(1) == null) {
      return YearMonth.of(year, term).atEndOfMonth();
    }
    int month = month(word);
    if (month == 0) {
      return null;
    }
    return m.group(1) == null
        ? YearMonth.of(year, month).atEndOfMonth()
        : LocalDate.of(year, month, Integer.parseInt(m.group(1)));
  }

  /** 1-12 for a month name or its abbreviation ({@code feb}, {@code sept}), else 0. */
  private static int month(String word) {
    if (word.equals("sept")) {
      return 9;
    }
    for (Month month : Month.values()) {
      if (word.length() >= 3 && month.name().toLowerCase(Locale.ROOT).startsWith(word)) {
        return month.getValue();
      }
    }
    return 0;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
