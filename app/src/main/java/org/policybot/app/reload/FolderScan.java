package org.policybot.app.reload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.app.policy.PolicyFiles;
import org.policybot.app.store.PolicyStore;
import org.policybot.app.store.Sha256;
import org.policybot.core.PolicyLibrary;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.Policy;
import org.policybot.index.check.CheckReport;
import org.policybot.index.check.PolicyCheck;
import org.policybot.index.parse.PolicyParser;
import org.policybot.index.search.PolicyIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reload of the policies folder: reads every policy file, keeps the last good version of any
 * that fails the check, builds the new index aside and swaps it in. Remembers what it loaded
 * between reloads. Not thread-safe; the reloader calls it from one thread at a time.
 */
final class FolderScan {

  /**
   * A policy as loaded from its file; a policy the library served before the first reload has no
   * hash or publication yet (both null).
   */
  private record Loaded(Policy policy, String sha256, Publication publication) {}

  private final Path dir;
  private final PolicyLibrary library;
  private final Clock clock;
  private final PolicyStore store;

  /** By policy id; starts with what the library was serving, so a bad file never empties it. */
  private final Map<String, Loaded> loaded = new LinkedHashMap<>();

  private final Map<String, Policy> seeded = new HashMap<>();

  /** Policies whose damaged version records were reported, so the log says it once. */
  private final Set<String> damagedRecords = new HashSet<>();

  private static final Logger LOG = LoggerFactory.getLogger(FolderScan.class);

  /** The most errors of one refused file a reload reports; the rest are counted. */
  static final int LOGGED_ERRORS = 20;

  FolderScan(Path dir, PolicyLibrary library, Clock clock) {
    this.dir = dir;
    this.library = library;
    this.clock = clock;
    this.store = PolicyStore.open(dir, clock);
    for (Policy p : library.current().policies()) {
      seeded.put(p.id(), p);
    }
  }

  /** Reads the folder and swaps in whatever changed; never throws for bad files. */
  ReloadResult reload() throws IOException {
    List<Path> files = policyFiles();
    Map<String, Loaded> next = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    List<ReloadResult.Problem> problems = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = PolicyParser.policyId(file);
      if (sources.containsKey(id)) {
        problems.add(
            problem(
                name,
                id,
                name + ": has the same policy id as " + sources.get(id) + "; remove one of them",
                true));
        continue;
      }
      sources.put(id, name);
      Optional<Loaded> previous = previous(id);
      byte[] bytes;
      try {
        long size = Files.size(file);
        if (size > PolicyParser.MAX_FILE_BYTES) {
          // Read whole, a stray export of gigabytes would exhaust the heap and stop reloading.
          previous.ifPresent(p -> next.put(id, p));
          problems.add(
              problem(
                  name,
                  id,
                  name + ": is " + size + " bytes; policies may be at most 5 MB",
                  previous.isPresent()));
          continue;
        }
        FileTime modified = Files.getLastModifiedTime(file);
        bytes = Files.readAllBytes(file);
        if (bytes.length != Files.size(file) || !modified.equals(Files.getLastModifiedTime(file))) {
          // Still being copied in (scp, a network share, an editor writing in place): the next
          // poll sees it change and reloads once it is whole. A cut file would pass the check.
          previous.ifPresent(p -> next.put(id, p));
          problems.add(
              problem(
                  name,
                  id,
                  name + ": is still being written; it is read once it stops",
                  previous.isPresent()));
          continue;
        }
      } catch (IOException e) {
        previous.ifPresent(p -> next.put(id, p));
        problems.add(
            problem(
                name,
                id,
                name + ": cannot be read: " + PolicyCheck.whyUnreadable(file, e),
                previous.isPresent()));
        continue;
      }
      String sha = Sha256.hex(bytes);
      if (loaded.containsKey(id) && sha.equals(loaded.get(id).sha256())) {
        next.put(id, loaded.get(id));
        continue;
      }
      CheckReport report = check(file, id, bytes);
      if (!report.publishable()) {
        previous.ifPresent(p -> next.put(id, p));
        problems.add(problem(name, id, errors(report), previous.isPresent()));
        continue;
      }
      Policy policy = report.policy().orElseThrow();
      next.put(id, new Loaded(policy, sha, publication(file, id, sha)));
      if (previous.isEmpty() || !previous.get().policy().equals(policy)) {
        changed.add(id);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String id : loaded.keySet()) {
      if (!next.containsKey(id)) {
        removed.add(id);
      }
    }
    if (next.isEmpty()) {
      // An unmounted share or a slip of the mouse must not leave staff without answers.
      problems.add(
          problem(
              dir.getFileName() + "",
              "",
              "the folder has no usable policies; still answering from the previous ones",
              true));
      ReloadResult result = new ReloadResult(clock.instant(), List.of(), List.of(), problems);
      library.recordReload(result);
      return result;
    }
    Map<String, Publication> publications = new HashMap<>();
    next.forEach(
        (id, l) -> {
          if (l.publication() != null) {
            publications.put(id, l.publication());
          }
        });
    PolicyIndex index =
        changed.isEmpty() && removed.isEmpty() && sameIds(library.current(), next)
            ? library.current()
            : PolicyIndex.build(
                next.values().stream().map(Loaded::policy).toList(), library.current().options());
    // Only once the new index exists: if building fails, the next reload tries again.
    seeded.clear();
    loaded.clear();
    loaded.putAll(next);
    ReloadResult result = new ReloadResult(clock.instant(), changed, removed, problems);
    library.publish(index, publications, result);
    return result;
  }

  /** Size and modification time of each policy file: the cheap poll that backs up the watcher. */
  Map<Path, String> fingerprints() throws IOException {
    Map<Path, String> out = new HashMap<>();
    for (Path f : policyFiles()) {
      try {
        out.put(f, Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
      } catch (IOException e) {
        out.put(f, "unreadable");
      }
    }
    return out;
  }

  private Optional<Loaded> previous(String id) {
    if (loaded.containsKey(id)) {
      return Optional.of(loaded.get(id));
    }
    Policy seed = seeded.get(id);
    return seed == null ? Optional.empty() : Optional.of(new Loaded(seed, null, null));
  }

  private CheckReport check(Path file, String id, byte[] bytes) {
    if (!Policy.isValidId(id)) {
      return PolicyCheck.check(file, Optional.empty(), LocalDate.now(clock));
    }
    return PolicyCheck.check(id, file.getFileName().toString(), bytes, LocalDate.now(clock));
  }

  /**
   * Who published the text and when, from the store's records, or the file's time. The records only
   * describe; a damaged one (a hand edit, a partial restore) must not stop the policy, or any
   * other, from going live, so it reads as an edit in the folder, with a warning once.
   */
  private Publication publication(Path file, String id, String sha) throws IOException {
    try {
      Optional<Publication> published = store.publication(id, sha);
      if (published.isPresent()) {
        return published.get();
      }
    } catch (IOException | RuntimeException e) {
      if (damagedRecords.add(id)) {
        LOG.warn(
            "policies: the version records of {} cannot be read ({}); shown as edited in the"
                + " folder",
            id,
            e.getMessage());
      }
    }
    return new Publication(Files.getLastModifiedTime(file).toInstant(), Publication.FOLDER);
  }

  private static boolean sameIds(PolicyIndex index, Map<String, Loaded> next) {
    return index.policies().stream().map(Policy::id).toList().equals(List.copyOf(next.keySet()));
  }

  /**
   * Every error of a refused file on one line, for the WARN log and the status report: a
   * renumbering mistake is several errors, and the operator passes them all on at once. Capped, as
   * a log line must stay readable.
   */
  private static String errors(CheckReport report) {
    return String.join(" | ", report.errorLines(LOGGED_ERRORS));
  }

  private static ReloadResult.Problem problem(
      String source, String id, String message, boolean serving) {
    return new ReloadResult.Problem(source, id, message, serving);
  }

  private List<Path> policyFiles() throws IOException {
    return PolicyFiles.list(dir);
  }
}
