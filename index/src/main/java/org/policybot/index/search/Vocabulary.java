package org.policybot.index.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain vocabulary: how staff say what policies say ("sacked" for termination, "Insta" for a
 * social networking site, "pupil" for student). Loaded from {@code vocabulary.txt}, whose header
 * explains the format. Entries are kept as analysed term sequences so they meet clause text on the
 * same terms. Immutable and thread-safe.
 */
final class Vocabulary {

  /** Expansions count for less than the staff member's own word. */
  static final float EXPANSION_WEIGHT = 0.75f;

  private final Map<List<String>, Set<List<String>>> expansions = new HashMap<>();
  private final Map<String, String> rewrites = new HashMap<>();
  private final Set<String> generic = new HashSet<>();
  private final Set<String> surfaceWords = new HashSet<>();
  private int longestPhrase = 1;

  /**
   * The analyzer every index uses; Lucene analyzers are thread-safe, so one serves every build and
   * every question.
   */
  static final PolicyAnalyzer ANALYZER = new PolicyAnalyzer();

  private static final class Holder {
    static final Vocabulary SHARED = load(ANALYZER);
  }

  private Vocabulary() {}

  /**
   * The vocabulary, read and analysed once per JVM: it ships in the jar and never changes, while
   * indexes are rebuilt on every HR edit.
   */
  static Vocabulary shared() {
    return Holder.SHARED;
  }

  private static Vocabulary load(PolicyAnalyzer analyzer) {
    Vocabulary v = new Vocabulary();
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
      if (in == null) {
        throw new IllegalStateException("vocabulary.txt is missing from the index module");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        v.addLine(analyzer, line.strip(), number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v;
  }

  private void addLine(PolicyAnalyzer analyzer, String line, int number) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("@generic ")) {
      for (String w : split(line.substring("@generic ".length()))) {
        String stem = analyzer.stem(w);
        if (!stem.isEmpty()) {
          generic.add(stem);
        }
        surface(w);
      }
      return;
    }
    if (line.contains("=>")) {
      String[] sides = line.split("=>", 2);
      List<List<String>> from = analyse(analyzer, split(sides[0]));
      List<List<String>> to = analyse(analyzer, split(sides[1]));
      for (List<String> f : from) {
        expansions.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(to);
      }
      return;
    }
    if (line.contains("=")) {
      String[] sides = line.split("=", 2);
      String target = sides[1].strip().toLowerCase(Locale.ROOT);
      for (String from : split(sides[0])) {
        rewrites.put(from.toLowerCase(Locale.ROOT), target);
      }
      surface(target);
      return;
    }
    List<List<String>> group = analyse(analyzer, split(line));
    if (group.size() < 2) {
      throw new IllegalStateException("vocabulary.txt:" + number + ": a group needs two entries");
    }
    for (List<String> member : group) {
      Set<List<String>> others = expansions.computeIfAbsent(member, k -> new LinkedHashSet<>());
      for (List<String> other : group) {
        if (!other.equals(member)) {
          others.add(other);
        }
      }
    }
  }

  private List<List<String>> analyse(PolicyAnalyzer analyzer, List<String> entries) {
    List<List<String>> out = new ArrayList<>();
    for (String e : entries) {
      surface(e);
      List<String> terms = analyzer.terms(e);
      if (!terms.isEmpty()) {
        out.add(List.copyOf(terms));
        longestPhrase = Math.max(longestPhrase, terms.size());
      }
    }
    return out;
  }

  private void surface(String entry) {
    for (String w : entry.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        surfaceWords.add(w);
      }
    }
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** What an analysed phrase may also be written as; empty when the vocabulary has nothing. */
  Set<List<String>> expansionsOf(List<String> phrase) {
    return expansions.getOrDefault(phrase, Set.of());
  }

  /** Whether the analysed phrase has an entry. */
  boolean knows(List<String> phrase) {
    return expansions.containsKey(phrase);
  }

  /** Chat shorthand and common misspellings, word for word: {@code skool} is {@code school}. */
  String rewrite(String lowerCaseWord) {
    return rewrites.getOrDefault(lowerCaseWord, lowerCaseWord);
  }

  /** Terms too general to show a question is covered: "policy", "staff", "school". */
  boolean isGeneric(String term) {
    return generic.contains(term);
  }

  /** Every word the vocabulary mentions, lower case: the spelling corrector trusts them. */
  Set<String> surfaceWords() {
    return surfaceWords;
  }

  int longestPhrase() {
    return longestPhrase;
  }
}
