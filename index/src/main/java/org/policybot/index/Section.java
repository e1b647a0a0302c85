package org.policybot.index;

import java.util.Objects;

/**
 * A heading of a policy, kept so pages can show the policy's structure.
 *
 * @param id the section number ({@code 4.6}), or empty for an unnumbered heading
 * @param title the heading text without its number ({@code Protecting Our Partners})
 * @param level 1 for a top-level section, 2 for {@code 4.6}, and so on; a heading between the
 *     clauses of a section ("Keeping in touch" between 8.1 and 8.2) is one level below it
 * @param line the 1-based line of the heading in the source file, or 0 when not known
 */
public record Section(String id, String title, int level, int line) {

  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1: " + level);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** A heading whose place in the file is not known. */
  public Section(String id, String title, int level) {
    this(id, title, level, 0);
  }
}
