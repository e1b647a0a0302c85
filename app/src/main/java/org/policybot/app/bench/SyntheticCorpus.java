package org.policybot.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;
import org.policybot.index.Section;

/**
 * A deterministic corpus of many policies for benchmarks: clause text is drawn from the words of
 * real policies, so term statistics resemble a trust's policy library rather than random noise.
 */
public final class SyntheticCorpus {

  private SyntheticCorpus() {}

  /**
   * Builds {@code policies} policies of {@code clausesPerPolicy} clauses each.
   *
   * @param seedPolicies real policies whose words are reused
   * @param seed the random seed, so runs are comparable
   */
  public static List<Policy> generate(
      List<Policy> seedPolicies, int policies, int clausesPerPolicy, long seed) {
    Random random = new Random(seed);
    List<String> words = words(seedPolicies);
    List<Policy> out = new ArrayList<>(policies);
    for (int p = 0; p < policies; p++) {
      String id = String.format(Locale.ROOT, "generated-policy-%03d", p);
      String title =
          capitalise(pick(words, random)) + " " + capitalise(pick(words, random)) + " Policy";
      List<Section> sections = new ArrayList<>();
      List<Clause> clauses = new ArrayList<>();
      int perSection = 10;
      for (int c = 0; c < clausesPerPolicy; c++) {
        int sectionNo = c / perSection + 1;
        String sectionId = Integer.toString(sectionNo);
        String sectionTitle =
            capitalise(pick(words, random)) + " and " + capitalise(pick(words, random));
        if (c % perSection == 0) {
          sections.add(new Section(sectionId, sectionTitle, 1));
        } else {
          sectionTitle = sections.get(sections.size() - 1).title();
        }
        String clauseId = sectionNo + "." + (c % perSection + 1);
        clauses.add(
            new Clause(id, clauseId, sectionId, sectionTitle, sentence(words, random), "", c + 1));
      }
      PolicyMetadata meta =
          new PolicyMetadata(
              "HR Director",
              "GEN-" + p,
              "V1." + (p % 10),
              "1 September 2025",
              "September 2027",
              java.util.Map.of());
      out.add(new Policy(id, title, meta, sections, clauses));
    }
    return out;
  }

  private static String sentence(List<String> words, Random random) {
    int n = 18 + random.nextInt(40);
    StringBuilder s = new StringBuilder(capitalise(pick(words, random)));
    for (int i = 1; i < n; i++) {
      s.append(' ').append(pick(words, random));
    }
    return s.append('.').toString();
  }

  private static List<String> words(List<Policy> policies) {
    Set<String> set = new LinkedHashSet<>();
    for (Policy p : policies) {
      for (Clause c : p.clauses()) {
        for (String w : c.text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (w.length() > 2) {
            set.add(w);
          }
        }
      }
    }
    return List.copyOf(set);
  }

  private static String pick(List<String> words, Random random) {
    // Skewed towards the start of the list, like word frequencies in real text.
    int i = (int) (words.size() * Math.pow(random.nextDouble(), 2));
    return words.get(Math.min(i, words.size() - 1));
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
