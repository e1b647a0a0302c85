package org.policybot.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Corrects typos in question words against the words PolicyBot knows (every word of the indexed
 * policies and of the vocabulary), by Damerau-Levenshtein distance: one edit for words of four to
 * six letters, two for longer ones. Known words, real English words ({@link EnglishWords}) and
 * short words are left alone, because a "correction" of a real word the policies never use ("hide"
 * to "side") would invent a match. A typo may also mean a real English word the policies do not
 * use, when that word is one typist's slip away and no policy word is as close. Immutable.
 */
final class SpellingCorrector {

  private final Set<String> known;

  /** Known words by length, so a lookup compares only words of a plausible length. */
  private final Map<Integer, List<String>> byLength = new HashMap<>();

  SpellingCorrector(Set<String> knownWords) {
    this.known = Set.copyOf(knownWords);
    for (String w : known) {
      if (w.length() >= 3) {
        byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
      }
    }
  }

  boolean isKnown(String word) {
    return known.contains(word) || EnglishWords.contains(word);
  }

  /**
   * The word meant, or {@code null} when the word is known or nothing is close. A word of the
   * policies or the vocabulary comes first, as the likelier meaning in a policy question. When none
   * is within one edit, a real English word one typist's slip away wins ("spraeding" is
   * "spreading", not the policy's "speeding"; "sccroll" is "scroll"): it cannot match a clause
   * word, but the sentence model reads it, and the wrong policy word would have matched.
   */
  String correct(String word) {
    if (word.length() < 4 || isKnown(word) || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    int maxEdits = word.length() <= 6 ? 1 : 2;
    String policyWord = closest(word, maxEdits, byLength::get);
    if (policyWord != null && distance(word, policyWord, maxEdits) <= 1) {
      return policyWord;
    }
    // Only words with the same first letter: a slip on the first letter is rare, and it keeps the
    // search to a few hundred words.
    String english = closest(word, 1, length -> EnglishWords.withStart(word.charAt(0), length));
    return english != null && isSlip(word, english) ? english : policyWord;
  }

  /** The closest word within {@code maxEdits} of the given lengths' words, or null if tied. */
  private static String closest(String word, int maxEdits, IntFunction<List<String>> ofLength) {
    String best = null;
    int bestDistance = maxEdits + 1;
    Set<String> tied = new HashSet<>();
    for (int len = word.length() - maxEdits; len <= word.length() + maxEdits; len++) {
      List<String> pool = ofLength.apply(len);
      for (String candidate : pool == null ? List.<String>of() : pool) {
        int d =
            maxEdits == 1 ? withinOne(word, candidate) : distance(word, candidate, bestDistance);
        if (d < bestDistance) {
          bestDistance = d;
          best = candidate;
          tied.clear();
          tied.add(candidate);
        } else if (d == bestDistance && best != null) {
          tied.add(candidate);
        }
      }
    }
    if (best == null) {
      return null;
    }
    if (tied.size() > 1) {
      // Equally close words: prefer a typist's slip (the same letters, swapped or doubled), then
      // the same first letter, then the longest shared beginning; give up if still tied.
      List<String> ranked = new ArrayList<>(tied);
      Comparator<String> order =
          Comparator.<String>comparingInt(w -> sameLetters(w, word) ? 0 : 1)
              .thenComparingInt(w -> w.charAt(0) == word.charAt(0) ? 0 : 1)
              .thenComparingInt(w -> -commonPrefix(w, word))
              .thenComparing(Comparator.naturalOrder());
      ranked.sort(order);
      String first = ranked.get(0);
      String second = ranked.get(1);
      return order.compare(first, second) < 0 && !sameRank(first, second, word) ? first : null;
    }
    return best;
  }

  /**
   * The distance of two words when it is 0 or 1 (one letter changed, added, dropped, or two
   * neighbours swapped), otherwise 2; linear, because the English search compares hundreds of
   * words.
   */
  static int withinOne(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 1) {
      return 2;
    }
    int i = 0;
    while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == n && i == m) {
      return 0;
    }
    if (n == m) {
      if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
        return 1; // one letter changed
      }
      boolean swapped =
          i + 1 < n
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.regionMatches(i + 2, b, i + 2, n - i - 2);
      return swapped ? 1 : 2;
    }
    // One letter more in the longer word, at the first difference.
    String longer = n > m ? a : b;
    String shorter = n > m ? b : a;
    return longer.regionMatches(i + 1, shorter, i, shorter.length() - i) ? 1 : 2;
  }

  /** Keyboard rows, for neighbouring keys; staff type on QWERTY keyboards. */
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  /**
   * Whether a word one edit from another is one slip of a typist: a letter dropped or added, two
   * swapped, or a key's neighbour hit. "ofsted" is one edit from "ousted" but no slip, so school
   * words no list has are left alone.
   */
  static boolean isSlip(String typed, String meant) {
    if (typed.length() != meant.length()) {
      return true; // one letter more or less: distance 1 already says so
    }
    int first = -1;
    for (int i = 0; i < typed.length(); i++) {
      if (typed.charAt(i) != meant.charAt(i)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    if (first + 1 < typed.length()
        && typed.charAt(first) == meant.charAt(first + 1)
        && typed.charAt(first + 1) == meant.charAt(first)) {
      return true;
    }
    return neighbours(typed.charAt(first), meant.charAt(first));
  }

  private static boolean neighbours(char a, char b) {
    for (String row : ROWS) {
      int i = row.indexOf(a);
      if (i >= 0) {
        return (i > 0 && row.charAt(i - 1) == b)
            || (i + 1 < row.length() && row.charAt(i + 1) == b);
      }
    }
    return false;
  }

  private static boolean sameRank(String a, String b, String word) {
    return sameLetters(a, word) == sameLetters(b, word)
        && (a.charAt(0) == word.charAt(0)) == (b.charAt(0) == word.charAt(0))
        && commonPrefix(a, word) == commonPrefix(b, word);
  }

  /** Same letters in another order or count: "devicse" for "devices", "quuote" for "quote". */
  private static boolean sameLetters(String a, String b) {
    return a.chars()
        .distinct()
        .sorted()
        .boxed()
        .toList()
        .equals(b.chars().distinct().sorted().boxed().toList());
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Optimal-string-alignment distance, giving up early once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[n][m];
  }
}
