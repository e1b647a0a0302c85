package org.policybot.app.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policybot.core.status.Publication;
import org.policybot.index.parse.PolicyParser;

/**
 * Puts one policy's part of the store in order before a publish or rollback changes it: finishes or
 * discards what a crash left, then records a live file edited by hand as a version. Called only
 * under the store's lock. See the package documentation for why each step is safe.
 */
final class StoreRecovery {

  private final PolicyStore store;
  private final Path versions;

  /**
   * @param store the store whose live files are looked at
   * @param versions the store's {@code versions} folder
   */
  StoreRecovery(PolicyStore store, Path versions) {
    this.store = store;
    this.versions = versions;
  }

  /**
   * Finishes or discards what a crash left: temporaries, versions stored but never recorded,
   * pending versions (committed if they reached the live file, else dropped). Then records a live
   * file edited by hand as a version, so it can be rolled back to.
   */
  void recover(String policyId) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(store.folder(), ".*.tmp")) {
      for (Path f : files) {
        String live = f.getFileName().toString();
        live = live.substring(1, live.length() - ".tmp".length());
        if (PolicyParser.policyId(Path.of(live)).equals(policyId)) {
          Files.deleteIfExists(f);
        }
      }
    }
    VersionFiles files = new VersionFiles(versions.resolve(policyId), StepHook.NONE);
    files.deleteLeftovers();
    Optional<String> live = store.liveHash(policyId);
    for (VersionFiles.Entry e : files.read(policyId)) {
      if (!e.pending()) {
        continue;
      }
      if (live.isPresent() && live.get().equals(e.version().sha256())) {
        files.writeEntry(
            e.version(), false, StepHook.Step.COMMIT_TEMP_WRITTEN, StepHook.Step.COMMITTED);
      } else {
        files.delete(e);
      }
    }
    adoptHandEdits(policyId, files);
  }

  private void adoptHandEdits(String policyId, VersionFiles files) throws IOException {
    Optional<Path> live = store.liveFile(policyId);
    if (live.isEmpty()) {
      return;
    }
    byte[] bytes = Files.readAllBytes(live.get());
    String sha = Sha256.hex(bytes);
    List<VersionFiles.Entry> entries = files.read(policyId);
    if (!entries.isEmpty() && entries.get(entries.size() - 1).version().sha256().equals(sha)) {
      return;
    }
    String label;
    try {
      label =
          PolicyParser.parse(policyId, live.get().getFileName().toString(), bytes).versionLabel();
    } catch (Exception e) {
      label = "unreadable";
    }
    int number = VersionFiles.nextNumber(versions.resolve(policyId));
    Instant modified = Files.getLastModifiedTime(live.get()).toInstant();
    files.writeContent(number, bytes);
    files.writeEntry(
        new StoredVersion(
            policyId,
            number,
            modified,
            Publication.FOLDER,
            label,
            sha,
            StoredVersion.Action.FOUND_IN_FOLDER,
            0,
            Optional.of(PolicyFormat.of(live.get().getFileName().toString()))),
        false,
        StepHook.Step.COMMIT_TEMP_WRITTEN,
        StepHook.Step.COMMITTED);
  }
}
