package org.policybot.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.policybot.app.config.Settings;
import org.policybot.app.store.PolicyStore;

/**
 * The policies folder that publish, history and rollback work on; the bundled policy is read-only.
 */
final class PolicyFolder {

  private PolicyFolder() {}

  /** The configured folder: {@code --policies}, else {@code POLICYBOT_POLICIES_DIR}. */
  static Optional<Path> configured(PolicyOptions options, Settings settings) {
    return Optional.ofNullable(options.policies).or(settings::policiesDir);
  }

  /** The store of the configured folder, or an error that says how to configure one. */
  static PolicyStore store(PolicyOptions options, Settings settings, String command) {
    Path dir =
        configured(options, settings)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        command
                            + " needs a policies folder: set "
                            + Settings.POLICIES_DIR
                            + " (the folder the server answers from) or pass --policies DIR."
                            + " Without one the bot serves the bundled policy, which cannot be"
                            + " changed"));
    return PolicyStore.open(dir, Clock.systemUTC());
  }
}
