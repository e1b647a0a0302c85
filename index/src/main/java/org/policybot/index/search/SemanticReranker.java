package org.policybot.index.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-ranks lexical candidates by blending their BM25 score with the cosine similarity of question
 * and clause embeddings. Clause embeddings are cached by text for the life of the JVM, so
 * re-indexing after an HR edit embeds only the clauses whose words changed; question embeddings are
 * kept in a small LRU cache because staff ask the same questions again. Thread-safe.
 *
 * <p>A question to a policy without example questions is embedded by the model with its {@link
 * QuestionTuning} (how staff ask is not how policies are written); where HR wrote example
 * questions, they already say how staff ask, and the question is embedded by the packaged model
 * that measured them. Clauses and examples are always embedded by the packaged model.
 */
final class SemanticReranker {

  /** Weight of the lexical score in the blend; the rest is semantic similarity. */
  static final double LEXICAL_WEIGHT = 0.4;

  /**
   * What a similarity to an example question counts as, against a similarity to clause text, when a
   * policy has too few example questions to measure it: a question is closer to another question
   * than to the clause it asks about. Over the Social Media Policy's 192 example questions, the
   * mean cosine to their own clause is 0.33 and to the closest other example of that clause 0.50, a
   * ratio of 0.65. Unscaled, a policy with examples pulled questions away from policies without
   * them (docs/quality.md).
   */
  static final double DEFAULT_EXAMPLE_SCALE = 0.65;

  /**
   * How many of the best blended candidates the {@link CrossEncoder} re-orders, and its weight
   * against the blend. Measured on the 5,290 questions of eval/unseen-policies (docs/quality.md):
   * the right clause is among the best 10 for 91% of them, and weights 0.15 to 0.25 do equally
   * well; alone (weight 1) it is worse than the blend.
   */
  static final int CROSS_ENCODED = 10;

  static final double CROSS_ENCODER_WEIGHT = 0.2;

  /** Examples needed, in clauses with two or more, to measure a policy's own scale. */
  static final int MIN_EXAMPLES_TO_MEASURE = 20;

  /**
   * Examples the measurement reads at most, from the first clauses on: enough for a steady mean,
   * few enough that the first question after a cold start waits a fraction of a second for them,
   * not for every example of a policy that has thousands.
   */
  static final int MAX_EXAMPLES_TO_MEASURE = 200;

  /**
   * Bounds of a measured scale. The upper one keeps a policy whose examples score high from taking
   * other policies' questions: measured on the attendance and grievance policies (0.89 and 0.92 by
   * their examples), 0.95 and 0.8 lost Social Media questions to them with all five policies
   * indexed, 0.75 gained the most questions overall (docs/quality.md).
   */
  static final double MIN_EXAMPLE_SCALE = 0.5;

  static final double MAX_EXAMPLE_SCALE = 0.75;

  private static final int QUESTION_CACHE = 2048;
  private static final Logger LOG = LoggerFactory.getLogger(SemanticReranker.class);

  private static final class Holder {
    static final SemanticReranker SHARED = shared(SentenceEncoder.load());

    private static SemanticReranker shared(SentenceEncoder packaged) {
      return new SemanticReranker(
          packaged,
          () -> tuned(packaged, QuestionTuning::load),
          () -> crossEncoder(CrossEncoder::tensors));
    }
  }

  /**
   * The cross-encoder, or null when its file is missing or cannot be applied, so answers go on with
   * the blend alone. Its caller keeps whichever it gets, so a failed load is not tried again.
   */
  static CrossEncoder crossEncoder(Supplier<Map<String, float[]>> tuning) {
    try {
      Map<String, float[]> tensors = tuning.get();
      if (tensors.isEmpty()) {
        LOG.warn(
            "{} is not on the classpath; answers are not cross-encoded", CrossEncoder.RESOURCE);
        return null;
      }
      CrossEncoder loaded = CrossEncoder.load(tensors);
      LOG.info(
          "cross-encoder loaded: it re-orders the best {} candidates of policies without example"
              + " questions",
          CROSS_ENCODED);
      return loaded;
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error("the cross-encoder cannot be loaded; answers are not cross-encoded", e);
      return null;
    }
  }

  /**
   * The tuned model, or the packaged one when the tuning is missing or cannot be applied, so
   * answers go on. Its caller keeps whichever it gets, so a failed load is not tried again; an
   * Error other than running out of memory is not caught.
   */
  static SentenceEncoder tuned(SentenceEncoder packaged, Supplier<Map<String, float[]>> tuning) {
    try {
      Map<String, float[]> tensors = tuning.get();
      if (tensors.isEmpty()) {
        LOG.warn(
            "{} is not on the classpath; questions use the packaged model",
            QuestionTuning.RESOURCE);
        return packaged;
      }
      return SentenceEncoder.load(tensors);
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error("the question tuning cannot be applied; questions use the packaged model", e);
      return packaged;
    }
  }

  private final SentenceEncoder encoder;
  private final Map<String, float[]> clauses = new ConcurrentHashMap<>();
  private final QuestionVectors plainQuestions;
  private final QuestionVectors tunedQuestions;
  private final Lazy<CrossEncoder> crossEncoder;

  /**
   * @param encoder the packaged model, for clauses, examples and questions to policies with
   *     examples
   * @param tuned the model with its question tuning, loaded on the first question that needs it
   * @param crossEncoder the cross-encoder, or null without one, loaded on the first question that
   *     needs it
   */
  SemanticReranker(
      SentenceEncoder encoder,
      Supplier<SentenceEncoder> tuned,
      Supplier<CrossEncoder> crossEncoder) {
    this.encoder = encoder;
    this.plainQuestions = new QuestionVectors(() -> encoder);
    this.tunedQuestions = new QuestionVectors(tuned);
    this.crossEncoder = new Lazy<>(crossEncoder);
  }

  /** The process-wide re-ranker; the model loads on first use. */
  static SemanticReranker shared() {
    return Holder.SHARED;
  }

  /**
   * One candidate: its index position, lexical score, the text it is embedded by, HR's example
   * questions for it, what a similarity to one of them counts as for its policy ({@link
   * #exampleScale}; unused without examples), and whether the question is compared with it as the
   * tuned model embeds it (its policy has no example questions and tuning is on).
   */
  record Candidate(
      int ordinal,
      float lexical,
      String text,
      List<String> examples,
      double exampleScale,
      boolean tunedQuestion) {}

  /**
   * A re-ranked candidate.
   *
   * @param score the blended score
   * @param similarity cosine similarity of question and clause text
   * @param exampleSimilarity cosine similarity of the question and the clause's closest example
   *     question, or 0 when it has none
   */
  record Ranked(int ordinal, double score, double similarity, double exampleSimilarity) {}

  /**
   * Re-ranks candidates by the blend, then, with {@code crossEncode}, re-orders the best {@value
   * #CROSS_ENCODED} by {@value #CROSS_ENCODER_WEIGHT} × the cross-encoder's score (scaled to 0..1
   * among them) and the rest of the blend. Only when all of them are clauses of policies without
   * example questions: it was trained and measured for those, and HR's examples already say how
   * staff ask.
   */
  List<Ranked> rerank(String question, List<Candidate> candidates, boolean crossEncode) {
    List<Ranked> ranked = rerank(question, candidates);
    return crossEncode ? crossEncoded(question, candidates, ranked) : ranked;
  }

  List<Ranked> rerank(String question, List<Candidate> candidates) {
    // Each model's embedding of the question is worked out only when some candidate needs it: both
    // (one after the other, about 1.3 ms more) when policies with and without example questions
    // are among the candidates. Side by side on two threads measured a worse p99
    // (docs/benchmarks.md).
    boolean needTuned = candidates.stream().anyMatch(Candidate::tunedQuestion);
    boolean needPlain = candidates.stream().anyMatch(c -> !c.tunedQuestion());
    float[] plain = needPlain ? plainQuestions.of(question) : null;
    float[] tuned = needTuned ? tunedQuestions.of(question) : null;
    double maxLex = candidates.stream().mapToDouble(Candidate::lexical).max().orElse(1);
    double[] sims = new double[candidates.size()];
    double[] texts = new double[candidates.size()];
    double[] asked = new double[candidates.size()];
    double minSim = Double.MAX_VALUE;
    double maxSim = -Double.MAX_VALUE;
    for (int i = 0; i < sims.length; i++) {
      Candidate c = candidates.get(i);
      float[] q = c.tunedQuestion() ? tuned : plain;
      texts[i] = SentenceEncoder.dot(q, clause(c.text()));
      // A question close to a way staff ask about the clause is about the clause, whatever its
      // words.
      double closest = closestExample(q, c.examples());
      sims[i] = Double.isNaN(closest) ? texts[i] : Math.max(texts[i], c.exampleScale() * closest);
      asked[i] = Double.isNaN(closest) ? 0 : closest;
      minSim = Math.min(minSim, sims[i]);
      maxSim = Math.max(maxSim, sims[i]);
    }
    double span = Math.max(maxSim - minSim, 1e-6);
    List<Ranked> out = new ArrayList<>(sims.length);
    for (int i = 0; i < sims.length; i++) {
      Candidate c = candidates.get(i);
      double blended =
          LEXICAL_WEIGHT * c.lexical() / maxLex + (1 - LEXICAL_WEIGHT) * (sims[i] - minSim) / span;
      out.add(new Ranked(c.ordinal(), blended, texts[i], asked[i]));
    }
    out.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return out;
  }

  private List<Ranked> crossEncoded(
      String question, List<Candidate> candidates, List<Ranked> ranked) {
    int k = Math.min(CROSS_ENCODED, ranked.size());
    Map<Integer, Candidate> byOrdinal = new HashMap<>();
    candidates.forEach(c -> byOrdinal.put(c.ordinal(), c));
    List<Candidate> best =
        ranked.subList(0, k).stream().map(r -> byOrdinal.get(r.ordinal())).toList();
    if (k < 2 || !best.stream().allMatch(Candidate::tunedQuestion)) {
      return ranked;
    }
    CrossEncoder model = crossEncoder.get();
    if (model == null) {
      return ranked;
    }
    double[] scores;
    try {
      scores = model.score(question, best.stream().map(Candidate::text).toList());
    } catch (RuntimeException e) {
      // An optional re-ordering that fails costs the question nothing: it keeps the blend.
      LOG.error("the cross-encoder failed; this question keeps the blended order", e);
      return ranked;
    }
    double min = Arrays.stream(scores).min().orElseThrow();
    double span = Math.max(Arrays.stream(scores).max().orElseThrow() - min, 1e-6);
    List<Ranked> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      double pair = i < k ? (scores[i] - min) / span : 0;
      out.add(
          new Ranked(
              r.ordinal(),
              (1 - CROSS_ENCODER_WEIGHT) * r.score() + CROSS_ENCODER_WEIGHT * pair,
              r.similarity(),
              r.exampleSimilarity()));
    }
    out.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return out;
  }

  /**
   * How much a similarity to one of a policy's example questions counts against a similarity to
   * clause text, measured from the policy's own examples: the mean cosine of each example to its
   * clause, over the mean cosine to the closest other example of the same clause. Policies differ:
   * 0.65 for the Social Media Policy's short clauses, about 0.9 for numbered paragraphs that say
   * what staff ask in full sentences (docs/quality.md). No evaluation set goes into it.
   *
   * @param clauseTexts each clause's embedding text
   * @param examples each clause's example questions, in the same order
   */
  double exampleScale(List<String> clauseTexts, List<List<String>> examples) {
    double own = 0;
    double closest = 0;
    int n = 0;
    for (int c = 0; c < clauseTexts.size() && n < MAX_EXAMPLES_TO_MEASURE; c++) {
      // A question written twice is not a second way of asking it: its copy would be its closest
      // other example at cosine 1 and pull the scale down.
      List<String> asked = distinct(examples.get(c));
      if (asked.size() < 2) {
        continue;
      }
      float[] text = clause(clauseTexts.get(c));
      List<float[]> vectors = asked.stream().map(this::clause).toList();
      for (int i = 0; i < vectors.size(); i++) {
        double best = -1;
        for (int j = 0; j < vectors.size(); j++) {
          if (i != j) {
            best = Math.max(best, SentenceEncoder.dot(vectors.get(i), vectors.get(j)));
          }
        }
        own += SentenceEncoder.dot(vectors.get(i), text);
        closest += best;
        n++;
      }
    }
    if (n < MIN_EXAMPLES_TO_MEASURE || closest <= 0) {
      return DEFAULT_EXAMPLE_SCALE;
    }
    return Math.clamp(own / closest, MIN_EXAMPLE_SCALE, MAX_EXAMPLE_SCALE);
  }

  private static List<String> distinct(List<String> questions) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> out = new ArrayList<>();
    for (String q : questions) {
      String key = q.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
      if (seen.add(key)) {
        out.add(q);
      }
    }
    return out;
  }

  /** The cosine similarity of the question and the closest example question; NaN without any. */
  private double closestExample(float[] q, List<String> examples) {
    double best = Double.NaN;
    for (String e : examples) {
      double s = SentenceEncoder.dot(q, clause(e));
      best = Double.isNaN(best) ? s : Math.max(best, s);
    }
    return best;
  }

  /**
   * Embeds clause texts not yet cached, in the background, so first questions are not slowed.
   * Questions meanwhile embed the candidates they need themselves.
   *
   * @param tunedQuestions whether questions will need the tuned model, which is then loaded too
   * @param crossEncoder whether they will need the cross-encoder (only with {@code
   *     tunedQuestions}), which is then loaded too, so the first such question does not wait for it
   * @return completes when every text is embedded
   */
  CompletableFuture<Void> warm(
      Collection<String> texts, boolean tunedQuestions, boolean crossEncoder) {
    forgetBeyond(texts);
    List<String> missing = texts.stream().filter(t -> !clauses.containsKey(t)).distinct().toList();
    boolean load = tunedQuestions && !this.tunedQuestions.isLoaded();
    boolean loadCross = tunedQuestions && crossEncoder && !this.crossEncoder.isMade();
    if (missing.isEmpty() && !load && !loadCross) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread.ofVirtual()
        .name("clause-embeddings")
        .start(
            () -> {
              long start = System.nanoTime();
              try {
                if (load) {
                  this.tunedQuestions.encoder();
                }
                if (loadCross) {
                  this.crossEncoder.get();
                }
                for (String t : missing) {
                  clause(t);
                }
                LOG.info(
                    "embedded {} clause and example texts in {} ms",
                    missing.size(),
                    (System.nanoTime() - start) / 1_000_000);
                done.complete(null);
              } catch (RuntimeException | Error e) {
                LOG.error("embedding clauses failed; questions will embed what they need", e);
                done.completeExceptionally(e);
              }
            });
    return done;
  }

  /** {@link #warm(Collection, boolean, boolean)} without the cross-encoder. */
  CompletableFuture<Void> warm(Collection<String> texts, boolean tunedQuestions) {
    return warm(texts, tunedQuestions, false);
  }

  /**
   * Keeps the clause cache from growing with every HR edit: once it holds far more texts than the
   * new index has, only the new index's texts are kept. An older index still answering a question
   * simply embeds again what it needs.
   */
  private void forgetBeyond(Collection<String> live) {
    if (clauses.size() > 2 * live.size() + 1_000) {
      clauses.keySet().retainAll(new java.util.HashSet<>(live));
    }
  }

  private float[] clause(String text) {
    float[] v = clauses.get(text);
    if (v == null) {
      v = encoder.encode(text);
      clauses.put(text, v);
    }
    return v;
  }

  /** One model's question embeddings, the most recent kept. */
  private static final class QuestionVectors {
    private final Lazy<SentenceEncoder> model;
    private final Map<String, float[]> recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUESTION_CACHE;
          }
        };

    QuestionVectors(Supplier<SentenceEncoder> model) {
      this.model = new Lazy<>(model);
    }

    float[] of(String text) {
      synchronized (recent) {
        float[] v = recent.get(text);
        if (v != null) {
          return v;
        }
      }
      float[] v = encoder().encode(text);
      synchronized (recent) {
        recent.put(text, v);
      }
      return v;
    }

    boolean isLoaded() {
      return model.isMade();
    }

    private SentenceEncoder encoder() {
      return model.get();
    }
  }
}
