import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop (constant-rate, wrk2-style) HTTP load generator, run as its own JVM with
 * {@code java bench/OpenLoad.java}. Requests are sent on schedule whether or not earlier ones have
 * answered, and each latency is measured from the moment the request was due, so a stalled server
 * shows up in the percentiles instead of slowing the generator down (coordinated omission).
 *
 * <p>Usage: {@code java [-Dwarmup=10] bench/OpenLoad.java BASE_URL PATH RATE SECONDS [QUESTIONS]}.
 * With a questions file, PATH gets {@code ?q=} plus the next question, round robin; with
 * {@code -Ddistinct=true} each question also gets a running number (" 1234"), so no two requests
 * ask the same text and the server's answer cache never helps. The first
 * {@code warmup} seconds run at the same rate and are not counted, so this JVM's own JIT warm-up
 * does not show up as server latency.
 */
public class OpenLoad {

  private record Result(long[] sortedNanos, int errors, double seconds) {}

  private static final boolean DISTINCT = Boolean.getBoolean("distinct");

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: java OpenLoad.java BASE_URL PATH RATE SECONDS [QUESTIONS_FILE]");
      System.exit(2);
    }
    String base = args[0];
    String path = args[1];
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    List<URI> targets = new ArrayList<>();
    if (args.length > 4) {
      for (String q : Files.readAllLines(Path.of(args[4]))) {
        if (!q.isBlank()) {
          targets.add(URI.create(base + path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        }
      }
    } else {
      targets.add(URI.create(base + path));
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    int warmup = Integer.getInteger("warmup", 10);
    if (warmup > 0) {
      run(http, targets, rate, warmup);
    }
    Result r = run(http, targets, rate, seconds);
    long[] l = r.sortedNanos();
    System.out.printf(Locale.ROOT,
        "%s%s%s at %d req/s for %ds (after %ds warm-up): %d requests, %.1f req/s achieved,"
            + " %d errors; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
            + " max %.2f ms%n",
        base, path, DISTINCT ? " (distinct questions)" : "", rate, seconds, warmup, l.length, l.length / r.seconds(), r.errors(),
        ms(l, 0.50), ms(l, 0.90), ms(l, 0.99), ms(l, 0.999), l[l.length - 1] / 1e6);
  }

  private static Result run(HttpClient http, List<URI> targets, int rate, int seconds) {
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicInteger errors = new AtomicInteger();
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("load-", 0).factory())) {
      for (int i = 0; i < total; i++) {
        long due = start + i * period;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        int n = i;
        URI next = targets.get(i % targets.size());
        URI target =
            DISTINCT && next.getQuery() != null ? URI.create(next + "+" + (seconds * 1_000_000L + i)) : next;
        pool.submit(() -> {
          try {
            HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies[n] = System.nanoTime() - due;
        });
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new Result(latencies, errors.get(), elapsed);
  }

  private static double ms(long[] sorted, double quantile) {
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
