package org.policybot.index;

import java.util.Objects;

/**
 * A numbered heading of a policy, kept so pages can show the policy's structure.
 *
 * @param id the section number ({@code 4.6}), or empty for an unnumbered heading
 * @param title the heading text without its number ({@code Protecting Our Partners})
 * @param level 1 for a top-level section, 2 for {@code 4.6}, and so on
 */
public record Section(String id, String title, int level) {

  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1: " + level);
    }
  }
}
