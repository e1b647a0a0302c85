package org.policybot.app.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.parse.PolicyParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link PolicyLibrary} in step with a policies folder: publishes from {@code policybot
 * publish}, rollbacks and files edited in place are answering within two seconds. A file watcher
 * reports changes at once; a poll of file sizes and times every second backs it up on file systems
 * whose watchers miss changes (network shares, some container mounts). Changes are debounced so an
 * editor's several writes make one reload, and a file is read only once it has stopped changing,
 * and each reload builds the new index aside before swapping it in. Runs on one named daemon
 * thread; {@link #close} stops it. Thread-safe.
 */
public final class PolicyReloader implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PolicyReloader.class);

  /**
   * Quiet time after the last change before reloading. Editors save in several writes, and a copy
   * over scp or a network share arrives in pieces: a file read before it is whole can pass the
   * check and be served cut short, so a file must have stopped changing for this long.
   */
  static final Duration QUIET = Duration.ofSeconds(1);

  /** How often the loop looks again while waiting for quiet. */
  static final Duration STEP = Duration.ofMillis(200);

  /**
   * Upper bound on waiting for quiet, so the other files still reload while one is rewritten
   * constantly (the scan keeps the last good version of a file that changes while it is read).
   */
  static final Duration MAX_DELAY = Duration.ofSeconds(30);

  /** How often file sizes and times are compared, in case the watcher missed something. */
  static final Duration POLL = Duration.ofSeconds(1);

  private final Path dir;
  private final PolicyLibrary library;
  private final Clock clock;
  private final FolderScan scan;
  private final WatchService watcher;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Map<Path, String> fingerprints;

  private PolicyReloader(Path dir, PolicyLibrary library, Clock clock) {
    this.dir = dir.toAbsolutePath().normalize();
    this.library = library;
    this.clock = clock;
    this.scan = new FolderScan(this.dir, library, clock);
    this.watcher = watch(this.dir);
    reload();
    this.thread = Thread.ofPlatform().daemon().name("policy-reloader").unstarted(this::loop);
  }

  /**
   * Loads the folder into the library now, then follows it until closed.
   *
   * @param dir the policies folder the server answers from
   * @param library the library to keep current
   * @param clock the time for status reports and review dates
   * @throws IllegalArgumentException when the folder does not exist
   */
  public static PolicyReloader start(Path dir, PolicyLibrary library, Clock clock) {
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(clock, "clock");
    PolicyReloader reloader = new PolicyReloader(dir, library, clock);
    reloader.thread.start();
    return reloader;
  }

  /** Reloads the folder at once, as a change would; returns what happened. */
  public synchronized ReloadResult reload() {
    try {
      Map<Path, String> before = scan.fingerprints();
      ReloadResult result = scan.reload();
      fingerprints = before; // taken before reading, so a write during the reload is seen next poll
      if (result.ok()) {
        LOG.info("policies: {}", result.summary());
      } else {
        LOG.warn("policies: {}", result.summary());
      }
      return result;
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // Whatever one reload meets, the thread lives on to make the next one, and the policies
      // already loaded keep answering.
      LOG.error(
          "policies: reload of {} failed; still answering from the previous policies", dir, e);
      ReloadResult failed =
          new ReloadResult(
              clock.instant(),
              List.of(),
              List.of(),
              List.of(new ReloadResult.Problem(dir.toString(), "", "reload failed: " + e, true)));
      library.recordReload(failed);
      return failed;
    }
  }

  private void loop() {
    long firstChange = -1;
    long lastChange = -1;
    long lastPoll = System.nanoTime();
    Map<Path, String> pending = null;
    while (running) {
      try {
        long wait = firstChange < 0 ? POLL.toMillis() : STEP.toMillis();
        WatchKey key = watcher == null ? sleep(wait) : watcher.poll(wait, TimeUnit.MILLISECONDS);
        long now = System.nanoTime();
        if (key != null && relevant(key)) {
          firstChange = firstChange < 0 ? now : firstChange;
          lastChange = now;
        }
        if (now - lastPoll >= POLL.toNanos()) {
          lastPoll = now;
          // A change the poll sees happened some time in the last second, so the quiet time
          // starts now and ends when the next polls find the files as they are now.
          Map<Path, String> current = scan.fingerprints();
          if (!current.equals(fingerprints) && !current.equals(pending)) {
            pending = current;
            firstChange = firstChange < 0 ? now : firstChange;
            lastChange = now;
          }
        }
        if (firstChange >= 0
            && (now - lastChange >= QUIET.toNanos() || now - firstChange >= MAX_DELAY.toNanos())) {
          firstChange = -1;
          pending = null;
          reload();
        }
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        LOG.warn("policies: watching {} failed; will retry", dir, e);
      }
    }
  }

  /** Whether the events name a policy file; our own temporaries and the store folder do not. */
  private static boolean relevant(WatchKey key) {
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW
          || event.context() instanceof Path p && PolicyParser.isPolicyFile(p)) {
        relevant = true;
      }
    }
    key.reset();
    return relevant;
  }

  private static WatchKey sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return null;
  }

  private static WatchService watch(Path dir) {
    try {
      WatchService service = dir.getFileSystem().newWatchService();
      dir.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      return service;
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn("policies: cannot watch {} ({}); polling it every {} instead", dir, e, POLL);
      return null;
    }
  }

  /** Stops following the folder; the library keeps the policies last loaded. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      if (watcher != null) {
        watcher.close();
      }
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (IOException e) {
      LOG.debug("closing the watcher of {}", dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
