package org.policybot.app.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;
import org.policybot.index.search.SearchOptions;

/**
 * Measures the core in-process: index build time, heap held by the index, and answer latency on one
 * thread after a warm-up, for a given set of policies and questions.
 */
public final class AnswerBenchmark {

  private AnswerBenchmark() {}

  /** Runs one scenario and prints its figures. */
  public static void run(
      String name,
      List<Policy> policies,
      List<String> questions,
      SearchOptions options,
      boolean distinct,
      int seconds,
      PrintStream out) {
    int clauses = policies.stream().mapToInt(p -> p.clauses().size()).sum();
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    PolicyIndex index = PolicyIndex.build(policies, options);
    double buildMs = (System.nanoTime() - start) / 1e6;
    index.semanticReady().join();
    double embedMs = (System.nanoTime() - start) / 1e6 - buildMs;
    long heapAfter = usedHeap();
    PolicyAnswerer answerer =
        new PolicyAnswerer(new PolicyLibrary(index), AnswerSettings.defaults());

    long warmUntil = System.nanoTime() + Math.max(1, seconds / 3) * 1_000_000_000L;
    int i = 0;
    while (System.nanoTime() < warmUntil) {
      answerer.answer(questions.get(i++ % questions.size()));
    }
    LatencyRecorder latency = new LatencyRecorder();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long measureStart = System.nanoTime();
    while (System.nanoTime() < end) {
      String q = questions.get(i % questions.size());
      // Distinct questions defeat the question-embedding cache, as new staff questions would.
      q = distinct ? q + " (" + i + ")" : q;
      i++;
      long t = System.nanoTime();
      answerer.answer(q);
      latency.record(System.nanoTime() - t);
    }
    double elapsed = (System.nanoTime() - measureStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "%s (%s, %s questions): %d policies, %d clauses%n"
            + "  index build %.0f ms, then clause embeddings %.0f ms; heap held ~%.1f MB%n"
            + "  one thread: %s, %.0f answers/s%n",
        name,
        !options.semantic()
            ? "lexical only"
            : "semantic re-ranking"
                + (options.tunedQuestions() ? ", tuned questions" : "")
                + (options.crossEncoder() ? ", cross-encoder" : ""),
        distinct ? "distinct" : "repeated",
        policies.size(),
        clauses,
        buildMs,
        embedMs,
        (heapAfter - heapBefore) / 1e6,
        latency.summary(),
        latency.count() / elapsed);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 3; k++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
