package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryLeftoversTest {

  // A day ahead, so that the link below is old by its own time too and only its being a link
  // keeps it.
  static final Instant NOW = Instant.now().plus(java.time.Duration.ofDays(1));

  @TempDir Path tmp;

  Path dir(String name, Instant modified) throws Exception {
    Path d = Files.createDirectory(tmp.resolve(name));
    Files.setLastModifiedTime(d, FileTime.from(modified));
    return d;
  }

  @Test
  void only_old_empty_onnx_runtime_directories_are_removed() throws Exception {
    Path stale = dir("onnxruntime-java123", NOW.minusSeconds(3600));
    Path staleToo = dir("onnxruntime-java456", NOW.minusSeconds(120));
    // A process loading the library right now: created moments ago, maybe still empty.
    Path loading = dir("onnxruntime-java789", NOW.minusSeconds(5));
    // Old but holding a library: a process still using it, or one that could not delete it.
    Path inUse = dir("onnxruntime-java000", NOW.minusSeconds(3600));
    Files.writeString(inUse.resolve("libonnxruntime_providers_shared.so"), "x");
    Files.setLastModifiedTime(inUse, FileTime.from(NOW.minusSeconds(3600)));
    // Someone else's directory, however old and empty.
    Path other = dir("onnxruntime-other", NOW.minusSeconds(3600));
    Path link = Files.createSymbolicLink(tmp.resolve("onnxruntime-javalink"), other);

    int deleted = NativeLibraryLeftovers.sweep(tmp, NOW.minus(NativeLibraryLeftovers.MIN_AGE));

    assertEquals(2, deleted);
    assertFalse(Files.exists(stale));
    assertFalse(Files.exists(staleToo));
    assertTrue(Files.isDirectory(loading));
    assertTrue(Files.exists(inUse.resolve("libonnxruntime_providers_shared.so")));
    assertTrue(Files.isDirectory(other));
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void a_missing_temporary_directory_is_not_an_error() {
    assertEquals(0, NativeLibraryLeftovers.sweep(tmp.resolve("gone"), NOW));
  }
}
