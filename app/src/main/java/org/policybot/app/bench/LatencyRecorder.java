package org.policybot.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collects per-call durations and reports percentiles. Not thread-safe; one per thread. */
final class LatencyRecorder {

  private long[] nanos = new long[1024];
  private int count;

  void record(long durationNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = durationNanos;
  }

  int count() {
    return count;
  }

  double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int idx = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(idx, count - 1))] / 1e6;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d answers)",
        percentileMillis(50),
        percentileMillis(99),
        percentileMillis(100),
        count);
  }
}
