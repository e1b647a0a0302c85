package org.policybot.index.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a staff question into concepts: shorthand rewritten, typos corrected, vocabulary phrases
 * recognised and expanded. Staff text is only ever analysed into terms, never parsed as query
 * syntax. Immutable and thread-safe.
 */
final class QueryPlanner {

  /** Longer questions are cut: a few dozen ideas decide the answer, and Lucene caps clauses. */
  static final int MAX_CONCEPTS = 24;

  /**
   * Unknown words looked up for a typo, per question. Each lookup tries every edit of the word, so
   * 2,000 characters of made-up words took 180-290 ms against 3 ms for a real question: a cheap way
   * to load the server through the unauthenticated API. Real questions have a few unknown words.
   */
  static final int MAX_CORRECTION_ATTEMPTS = 16;

  /** What a generic word ("policy", "staff", "day") counts for, in coverage and score. */
  static final double GENERIC_WEIGHT = 0.3;

  /**
   * What a corrected word counts for: a little less, as the correction may be wrong, but alone
   * still enough to show that a clause expresses a specific idea (the answering core's minimum is
   * 0.7). Weights are doubles because a float 0.7 widens to 0.69999998, below that minimum, and a
   * question whose one specific word is misspelt ("when do I get my hoolidays?") would never be
   * answered.
   */
  static final double CORRECTED_WEIGHT = 0.7;

  private static final int MAX_QUESTION_CHARS = 2_000;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

  private final PolicyAnalyzer analyzer;
  private final Vocabulary vocabulary;
  private final SpellingCorrector speller;

  QueryPlanner(PolicyAnalyzer analyzer, Vocabulary vocabulary, SpellingCorrector speller) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    this.speller = speller;
  }

  /**
   * The plan for a question.
   *
   * @param concepts the ideas to search for
   * @param corrections spelling corrections made, misspelt word to known word
   * @param normalised the question's words with shorthand and typos corrected, for the sentence
   *     model, which would otherwise read "quuote" as noise
   */
  record Plan(List<Concept> concepts, Map<String, String> corrections, String normalised) {}

  Plan plan(String question) {
    String text =
        question.length() > MAX_QUESTION_CHARS
            ? question.substring(0, MAX_QUESTION_CHARS)
            : question;
    Map<String, String> corrections = new LinkedHashMap<>();
    Set<String> correctedStems = new HashSet<>();
    StringBuilder normalised = new StringBuilder();
    int attempts = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = vocabulary.rewrite(m.group().replace('\u2019', '\''));
      if (!PolicyAnalyzer.STOP_WORDS.contains(word)
          && !speller.isKnown(word)
          && attempts++ < MAX_CORRECTION_ATTEMPTS) {
        String fixed = speller.correct(word);
        if (fixed != null) {
          corrections.put(word, fixed);
          correctedStems.add(analyzer.stem(fixed));
          word = fixed;
        }
      }
      normalised.append(word).append(' ');
    }
    List<String> terms = analyzer.terms(normalised.toString());
    return new Plan(concepts(terms, correctedStems), corrections, normalised.toString().strip());
  }

  private List<Concept> concepts(List<String> terms, Set<String> correctedStems) {
    List<Concept> out = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    int i = 0;
    while (i < terms.size() && out.size() < MAX_CONCEPTS) {
      int len = Math.min(vocabulary.longestPhrase(), terms.size() - i);
      while (len > 1 && !vocabulary.knows(terms.subList(i, i + len))) {
        len--;
      }
      List<String> phrase = List.copyOf(terms.subList(i, i + len));
      i += len;
      if (!seen.add(phrase)) {
        continue;
      }
      List<Concept.Alternative> alternatives = new ArrayList<>();
      alternatives.add(new Concept.Alternative(phrase, 1f));
      for (List<String> e : vocabulary.expansionsOf(phrase)) {
        alternatives.add(new Concept.Alternative(e, Vocabulary.EXPANSION_WEIGHT));
      }
      double weight = 1;
      if (phrase.size() == 1 && vocabulary.isGeneric(phrase.get(0))) {
        weight = GENERIC_WEIGHT;
      } else if (phrase.stream().anyMatch(correctedStems::contains)) {
        weight = CORRECTED_WEIGHT;
      }
      out.add(new Concept(String.join(" ", phrase), alternatives, weight));
    }
    return out;
  }
}
