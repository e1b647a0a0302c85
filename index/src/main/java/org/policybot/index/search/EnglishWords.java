package org.policybot.index.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Real English words (about 74,000, from SCOWL; see english-words.NOTICE). The spelling corrector
 * must not "correct" a real word the policies happen not to use ("hide" is not a typo of "side"),
 * so it only corrects words that are in neither the policies nor this list; and a typo one slip
 * from a word of this list means that word. Loaded once per JVM.
 */
final class EnglishWords {

  private EnglishWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  /**
   * The words by first letter and length, for the spelling corrector's search: grouped on the first
   * typo that needs them, not when the list loads.
   */
  private static final class ByStart {
    static final Map<String, List<String>> WORDS =
        Holder.WORDS.stream().collect(Collectors.groupingBy(w -> key(w.charAt(0), w.length())));
  }

  static boolean contains(String lowerCaseWord) {
    return Holder.WORDS.contains(lowerCaseWord);
  }

  /** The words that start with this letter and have this length, or null if none does. */
  static List<String> withStart(char first, int length) {
    return ByStart.WORDS.get(key(first, length));
  }

  private static String key(char first, int length) {
    return first + ":" + length;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(100_000);
    try (InputStream raw = EnglishWords.class.getResourceAsStream("english-words.txt.gz")) {
      if (raw == null) {
        throw new IllegalStateException("english-words.txt.gz is missing from the index module");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isEmpty()) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
