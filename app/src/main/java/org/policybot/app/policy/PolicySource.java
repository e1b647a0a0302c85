package org.policybot.app.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.check.PolicyCheck;
import org.policybot.index.parse.PolicyParser;

/**
 * Where policies come from: a folder of {@code .md}/{@code .txt} files, or the Social Media Policy
 * bundled in the jar when no folder is configured.
 */
public final class PolicySource {

  /** The bundled policies, as resources beside this class. */
  static final List<String> BUNDLED = List.of("social-media-policy.md");

  private PolicySource() {}

  /**
   * The policies that loaded and the files that did not.
   *
   * @param policies parsed policies, in file-name order
   * @param problems one entry per file that could not be used, naming the file and line
   */
  public record Loaded(List<Policy> policies, List<PolicyFormatException> problems) {
    public Loaded {
      policies = List.copyOf(policies);
      problems = List.copyOf(problems);
    }
  }

  /** Loads the configured folder, or the bundled policy when there is none. */
  public static Loaded load(Optional<Path> folder) {
    return folder.map(PolicySource::folder).orElseGet(PolicySource::bundled);
  }

  /** Parses every policy file in a folder; one bad file does not stop the others. */
  public static Loaded folder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "policy folder " + dir + " does not exist or is not a folder");
    }
    List<Path> files;
    try {
      files = PolicyFiles.list(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list policy folder " + dir, e);
    }
    List<Policy> policies = new ArrayList<>();
    List<PolicyFormatException> problems = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String earlier = sources.putIfAbsent(PolicyParser.policyId(file), name);
      if (earlier != null) {
        problems.add(
            new PolicyFormatException(
                name, 0, "has the same policy id as " + earlier + "; remove one of them"));
        continue;
      }
      try {
        policies.add(PolicyParser.parse(file));
      } catch (PolicyFormatException e) {
        problems.add(e);
      } catch (IOException e) {
        problems.add(
            new PolicyFormatException(
                file.getFileName().toString(),
                0,
                "cannot be read: " + PolicyCheck.whyUnreadable(file, e)));
      }
    }
    return new Loaded(policies, problems);
  }

  /** The policies bundled in the jar. */
  public static Loaded bundled() {
    List<Policy> policies = new ArrayList<>();
    for (String name : BUNDLED) {
      try (InputStream in = PolicySource.class.getResourceAsStream("bundled/" + name)) {
        if (in == null) {
          throw new IllegalStateException("bundled policy " + name + " is missing from the jar");
        }
        policies.add(
            PolicyParser.parse(PolicyParser.policyId(Path.of(name)), name, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (PolicyFormatException e) {
        throw new IllegalStateException("bundled policy does not parse: " + e.getMessage(), e);
      }
    }
    return new Loaded(policies, List.of());
  }
}
