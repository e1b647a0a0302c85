package org.policybot.index.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the empty {@code onnxruntime-java*} directories that earlier runs left in the temporary
 * directory. ONNX Runtime (1.20) extracts a native library into a fresh one at every start and
 * registers the directory for deletion on exit after the library inside it, so the JVM deletes the
 * directory first, fails because it is not empty, then deletes the library: one empty directory per
 * process, thousands after a few weeks of CLI runs. The library offers no way to avoid it, so each
 * start sweeps up its predecessors' and leaves at most its own.
 */
final class NativeLibraryLeftovers {

  /** The prefix ONNX Runtime gives its directory. */
  static final String PREFIX = "onnxruntime-java";

  /**
   * Only directories untouched for this long are taken: a process that is loading the library right
   * now fills its directory within milliseconds of creating it.
   */
  static final Duration MIN_AGE = Duration.ofMinutes(1);

  private NativeLibraryLeftovers() {}

  /** Sweeps the JVM's temporary directory; never fails, since this is only tidying. */
  static int sweep() {
    return sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(MIN_AGE));
  }

  /**
   * Deletes each empty directory of {@code dir} named {@link #PREFIX}… and last modified before
   * {@code cutoff}. A directory that is not empty, not ours, or a link is left alone: deleting a
   * directory fails when it holds anything, so a directory another process is filling is safe
   * whatever its age.
   *
   * @return how many were deleted
   */
  static int sweep(Path dir, Instant cutoff) {
    int deleted = 0;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path p : found) {
        try {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS)
                  .toInstant()
                  .isBefore(cutoff)) {
            Files.delete(p);
            deleted++;
          }
        } catch (IOException | SecurityException e) {
          // Not empty, another user's, or gone already: not ours to tidy.
        }
      }
    } catch (IOException | SecurityException e) {
      // An unreadable temporary directory is no reason to stop answering.
    }
    return deleted;
  }
}
