package org.policybot.app.policy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.policybot.index.parse.PolicyParser;

/**
 * The policy files of a folder, in one place for the loader, the reloader and the store: regular
 * {@code .md}/{@code .txt} files, not hidden ones (the store keeps its versions in a hidden
 * folder), sorted by name so that when two files give the same policy id the first one wins
 * everywhere.
 */
public final class PolicyFiles {

  private PolicyFiles() {}

  /** The policy files directly in {@code dir}, sorted by name. */
  public static List<Path> list(Path dir) throws IOException {
    return files(dir, PolicyParser::isPolicyFile);
  }

  /**
   * The other visible files directly in {@code dir}, sorted by name: a Word or PDF file HR dropped
   * in, which is never read, so the reason a folder has no policies can be named.
   */
  public static List<Path> ignored(Path dir) throws IOException {
    return files(
        dir, p -> !PolicyParser.isPolicyFile(p) && !p.getFileName().toString().startsWith("."));
  }

  private static List<Path> files(Path dir, Predicate<Path> wanted) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (Files.isRegularFile(p) && wanted.test(p)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    return files;
  }
}
