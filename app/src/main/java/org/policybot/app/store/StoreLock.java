package org.policybot.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One publisher at a time, across processes: an OS file lock on the store's {@code lock} file. The
 * lock goes when the process does, so a killed publish never leaves the store locked. Closing the
 * channel releases it.
 */
final class StoreLock implements AutoCloseable {

  private final FileChannel channel;

  private StoreLock(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Waits for and takes the lock of a store.
   *
   * @param storeFolder the {@code .policybot} folder; created when missing
   */
  static StoreLock acquire(Path storeFolder) throws IOException {
    Files.createDirectories(storeFolder);
    FileChannel channel =
        FileChannel.open(
            storeFolder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      channel.lock();
      return new StoreLock(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
