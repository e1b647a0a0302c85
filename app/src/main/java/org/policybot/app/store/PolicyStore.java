package org.policybot.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.policybot.app.policy.PolicyFiles;
import org.policybot.core.status.Publication;
import org.policybot.index.Policy;
import org.policybot.index.check.CheckReport;
import org.policybot.index.check.PolicyCheck;
import org.policybot.index.parse.PolicyParser;

/**
 * Publishes policy versions into the policies folder and keeps every version made live, so HR can
 * list them and roll back. See the package documentation for the file layout and why a crash at any
 * point leaves the old or the new version live. Safe to use from several processes at once
 * (publishes take a file lock); one instance is not meant to be shared between threads.
 */
public final class PolicyStore {

  /** What a policy file's name ends with, which an id must not. */
  private static final Pattern POLICY_EXTENSION = Pattern.compile("(?i)\\.(md|markdown|txt)$");

  /** The hidden folder inside the policies folder; the policy loader skips dot-folders. */
  public static final String STORE_FOLDER = ".policybot";

  private final Path dir;
  private final Path versions;
  private final Clock clock;
  private final StepHook hook;
  private final StoreRecovery recovery;

  private PolicyStore(Path dir, Clock clock, StepHook hook) {
    this.dir = dir;
    this.versions = dir.resolve(STORE_FOLDER).resolve("versions");
    this.clock = clock;
    this.hook = hook;
    this.recovery = new StoreRecovery(this, versions);
  }

  /**
   * Opens the store of a policies folder; nothing is written until the first publish.
   *
   * @throws IllegalArgumentException when the folder does not exist
   */
  public static PolicyStore open(Path policiesDir, Clock clock) {
    return open(policiesDir, clock, StepHook.NONE);
  }

  static PolicyStore open(Path policiesDir, Clock clock, StepHook hook) {
    Path dir = policiesDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "policy folder " + dir + " does not exist or is not a folder");
    }
    return new PolicyStore(dir, Objects.requireNonNull(clock, "clock"), hook);
  }

  /** The policies folder this store publishes into. */
  public Path folder() {
    return dir;
  }

  /**
   * Every version of a policy that was made live, oldest first. Reads only: a version a crash left
   * half published is shown if and only if it reached the live file.
   */
  public List<StoredVersion> history(String policyId) throws IOException {
    requireValidId(policyId);
    return visible(policyId).stream().map(VersionFiles.Entry::version).toList();
  }

  /** Committed versions, and a pending one only if it reached the live file before a crash. */
  private List<VersionFiles.Entry> visible(String policyId) throws IOException {
    Optional<String> live = liveHash(policyId);
    return entries(policyId).stream()
        .filter(e -> !e.pending() || live.isPresent() && live.get().equals(e.version().sha256()))
        .toList();
  }

  /**
   * The stored version the live file is, when it is one: the latest version with the live file's
   * hash. Empty when the policy is not live or its file was edited by hand since.
   */
  public Optional<StoredVersion> liveVersion(String policyId) throws IOException {
    requireValidId(policyId);
    Optional<String> live = liveHash(policyId);
    if (live.isEmpty()) {
      return Optional.empty();
    }
    List<StoredVersion> history = history(policyId);
    if (history.isEmpty() || !history.get(history.size() - 1).sha256().equals(live.get())) {
      return Optional.empty();
    }
    return Optional.of(history.get(history.size() - 1));
  }

  /** Who published the live version of a policy and when, when it was published through here. */
  public Optional<Publication> publication(String policyId, String sha256) throws IOException {
    requireValidId(policyId);
    List<StoredVersion> history = history(policyId);
    for (int i = history.size() - 1; i >= 0; i--) {
      StoredVersion v = history.get(i);
      if (v.sha256().equals(sha256)) {
        return Optional.of(new Publication(v.at(), v.by()));
      }
    }
    return Optional.empty();
  }

  /** The live file of a policy in the folder, if the policy is live. */
  public Optional<Path> liveFile(String policyId) throws IOException {
    requireValidId(policyId);
    return PolicyFiles.list(dir).stream()
        .filter(f -> PolicyParser.policyId(f).equals(policyId))
        .findFirst();
  }

  /** The bytes of a stored version, checked against its recorded hash. */
  public byte[] content(String policyId, int number) throws IOException, StoreException {
    requireValidId(policyId);
    VersionFiles.Entry entry =
        visible(policyId).stream()
            .filter(e -> e.version().number() == number)
            .findFirst()
            .orElseThrow(
                () ->
                    new StoreException(
                        policyId
                            + " has no stored version "
                            + number
                            + "; see policybot history "
                            + policyId));
    byte[] bytes = Files.readAllBytes(entry.content());
    if (!Sha256.hex(bytes).equals(entry.version().sha256())) {
      throw new StoreException(
          "stored version "
              + number
              + " of "
              + policyId
              + " is damaged (its SHA-256 does not match); choose another");
    }
    return bytes;
  }

  /**
   * Checks a document and, when it has no errors, stores it as the next version and makes it live.
   *
   * @param policyId the policy the document replaces or adds
   * @param source the file name, for error messages
   * @param content the document
   * @param publisher who is publishing
   * @return the version now live
   * @throws StoreException when the document has errors or is already live; nothing changed
   */
  public StoredVersion publish(String policyId, String source, byte[] content, String publisher)
      throws IOException, StoreException {
    requireValidId(policyId);
    if (POLICY_EXTENSION.matcher(policyId).find()) {
      // "--id social-media-policy.md" made a second live copy, social-media-policy.md.md.
      throw new StoreException(
          "'"
              + policyId
              + "' ends with a file extension; a policy id is the file name without it, such as '"
              + POLICY_EXTENSION.matcher(policyId).replaceFirst("")
              + "'");
    }
    CheckReport report = PolicyCheck.check(policyId, source, content, LocalDate.now(clock));
    if (!report.publishable()) {
      throw new StoreException(
          source
              + " has "
              + report.errorCount()
              + " error(s); nothing was published and the live version is unchanged",
          report);
    }
    try (StoreLock lock = lock()) {
      recovery.recover(policyId);
      // Under the lock, so another publisher cannot create the live file in the other format.
      PolicyFormat format = PolicyFormat.of(source);
      format.requireServedAs(
          liveFile(policyId),
          policyId,
          source + " is " + format.description(),
          "save the new version in the same format. Nothing was published");
      String label = report.policy().map(Policy::versionLabel).orElseThrow();
      return makeLive(
          policyId, content, label, publisher, StoredVersion.Action.PUBLISHED, 0, format);
    }
  }

  /**
   * Makes an earlier version live again, recorded as a new version so history shows the rollback.
   * The version is checked and served in the format it was made live in: it replaces the live file,
   * or, for a policy that was withdrawn (its file deleted), goes live as {@code ID.md} or {@code
   * ID.txt}. A version stored before formats were recorded is taken to be in the live file's
   * format, else Markdown, as earlier PolicyBot versions restored it.
   *
   * @param version the version number to restore, or empty for the last one before the live text
   *     (for a withdrawn policy, the last one)
   * @return the version now live
   * @throws StoreException when there is no such version, it is damaged, it no longer passes the
   *     check, it is already live, or the live file is in the other format; nothing changed
   */
  public StoredVersion rollback(String policyId, OptionalInt version, String publisher)
      throws IOException, StoreException {
    requireValidId(policyId);
    try (StoreLock lock = lock()) {
      recovery.recover(policyId);
      List<StoredVersion> history = history(policyId);
      if (history.isEmpty()) {
        throw new StoreException(policyId + " has no stored versions; publish it first");
      }
      // A withdrawn policy (its live file deleted) has no live text to step back from: without a
      // version it comes back as it was when last live.
      Optional<String> liveSha = liveHash(policyId);
      StoredVersion target;
      if (version.isPresent()) {
        target =
            history.stream()
                .filter(v -> v.number() == version.getAsInt())
                .findFirst()
                .orElseThrow(
                    () ->
                        new StoreException(
                            policyId
                                + " has no version "
                                + version.getAsInt()
                                + "; see policybot history "
                                + policyId));
      } else {
        target =
            history.reversed().stream()
                .filter(v -> liveSha.isEmpty() || !v.sha256().equals(liveSha.get()))
                .findFirst()
                .orElseThrow(
                    () -> new StoreException(policyId + " has no earlier version to roll back to"));
      }
      byte[] bytes = content(policyId, target.number());
      String source = policyId + " version " + target.number();
      Optional<Path> live = liveFile(policyId);
      // A version stored before formats were recorded is taken to be in the live file's format
      // (where a rollback always wrote it), else Markdown (where it went when the policy was not
      // live): that is how PolicyBot restored it before, so an old store behaves as it did.
      PolicyFormat format =
          target
              .format()
              .or(() -> live.map(f -> PolicyFormat.of(f.getFileName().toString())))
              .orElse(PolicyFormat.MARKDOWN);
      format.requireServedAs(
          live,
          policyId,
          source + " is " + format.description(),
          "to restore it as "
              + format.fileName(policyId)
              + ", delete the live file first (withdrawing the policy) and roll back again."
              + " Nothing was rolled back");
      // Checked as the file it will be served from: a .txt policy is plain text, not Markdown.
      String file = live.map(f -> f.getFileName().toString()).orElse(format.fileName(policyId));
      CheckReport report = PolicyCheck.check(policyId, file, bytes, LocalDate.now(clock));
      if (!report.publishable()) {
        throw new StoreException(
            source + " no longer passes the check; the live version is unchanged", report);
      }
      return makeLive(
          policyId,
          bytes,
          target.label(),
          publisher,
          StoredVersion.Action.ROLLED_BACK,
          target.number(),
          format);
    }
  }

  /** Pending version, then the live file, then the commit: see the package documentation. */
  private StoredVersion makeLive(
      String policyId,
      byte[] content,
      String label,
      String publisher,
      StoredVersion.Action action,
      int of,
      PolicyFormat format)
      throws IOException, StoreException {
    String sha = Sha256.hex(content);
    Optional<StoredVersion> live = liveVersion(policyId);
    if (live.isPresent() && live.get().sha256().equals(sha)) {
      throw new StoreException(
          policyId
              + " is already live with this text (version "
              + live.get().number()
              + "); nothing to do");
    }
    int number = VersionFiles.nextNumber(versions.resolve(policyId));
    StoredVersion version =
        new StoredVersion(
            policyId,
            number,
            clock.instant(),
            cleanName(publisher),
            label,
            sha,
            action,
            of,
            Optional.of(format));
    VersionFiles files = new VersionFiles(versions.resolve(policyId), hook);
    files.writeContent(number, content);
    files.writeEntry(version, true, StepHook.Step.ENTRY_TEMP_WRITTEN, StepHook.Step.ENTRY_PENDING);
    Path target = liveFile(policyId).orElse(dir.resolve(format.fileName(policyId)));
    AtomicFiles.write(
        target, content, hook, StepHook.Step.LIVE_TEMP_WRITTEN, StepHook.Step.LIVE_SWITCHED);
    files.writeEntry(version, false, StepHook.Step.COMMIT_TEMP_WRITTEN, StepHook.Step.COMMITTED);
    return version;
  }

  private List<VersionFiles.Entry> entries(String policyId) throws IOException {
    if (!Policy.isValidId(policyId)) {
      throw new IllegalArgumentException("not a policy id: '" + policyId + "'");
    }
    List<VersionFiles.Entry> entries =
        new ArrayList<>(new VersionFiles(versions.resolve(policyId), StepHook.NONE).read(policyId));
    entries.sort(Comparator.comparingInt(e -> e.version().number()));
    return entries;
  }

  /** The SHA-256 of a policy's live file, or empty when it is not live. */
  Optional<String> liveHash(String policyId) throws IOException {
    Optional<Path> live = liveFile(policyId);
    if (live.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Sha256.hex(Files.readAllBytes(live.get())));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed while we looked
    }
  }

  /** One publisher at a time, across processes: see {@link StoreLock}. */
  private StoreLock lock() throws IOException {
    Files.createDirectories(versions);
    return StoreLock.acquire(versions.getParent());
  }

  private static String cleanName(String publisher) {
    String name = publisher == null ? "" : publisher.replaceAll("\\p{Cntrl}", " ").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("publisher must not be blank");
    }
    return name;
  }

  /**
   * Policy ids become file and folder names in the store; anything but a plain id (such as "../x"
   * typed at the command line) is refused before any file is touched.
   */
  private static void requireValidId(String policyId) {
    if (!Policy.isValidId(policyId)) {
      throw new IllegalArgumentException(
          "'" + policyId + "' is not a policy id (letters, digits, '.', '_' or '-')");
    }
  }
}
