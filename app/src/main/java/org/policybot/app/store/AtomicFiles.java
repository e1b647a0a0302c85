package org.policybot.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Whole-file writes that a crash cannot leave half done: temp file, fsync, atomic rename. */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code bytes}. Readers see the old file or the new one, whole. The
   * temporary file starts with a dot so the policy loader never reads it.
   */
  static void write(
      Path target, byte[] bytes, StepHook hook, StepHook.Step written, StepHook.Step moved)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve(tempName(target));
    Files.deleteIfExists(temp);
    try (FileChannel out =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    hook.reached(written);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dir);
    hook.reached(moved);
  }

  /** The temporary name used while writing {@code target}. */
  static String tempName(Path target) {
    return "." + target.getFileName() + ".tmp";
  }

  /** Whether a file name is one of our temporaries, left behind by a crash. */
  static boolean isTemp(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /**
   * Forces a folder's entries (the rename) to disk. POSIX systems allow it; Windows refuses to open
   * a folder as a channel, and NTFS journals renames itself, so refusal is ignored there.
   */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (java.nio.file.AccessDeniedException | UnsupportedOperationException e) {
      // Not supported on this platform; see above.
    }
  }
}
