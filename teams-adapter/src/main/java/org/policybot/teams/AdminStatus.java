package org.policybot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;

/**
 * The {@code status} command for HR admins: which policies are live. The one place for admin-only
 * replies, so publish history can join it later.
 */
final class AdminStatus {

  /** The command word, compared without case. */
  static final String COMMAND = "status";

  private final Set<String> admins;
  private final PolicyLibrary library;

  /**
   * @param admins AAD object ids of HR admins; ids are GUIDs, compared without case
   * @param library the live policies
   */
  AdminStatus(Set<String> admins, PolicyLibrary library) {
    this.admins =
        admins.stream()
            .map(id -> id.strip().toLowerCase(Locale.ROOT))
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.library = Objects.requireNonNull(library, "library");
  }

  /** Whether the text is the status command. */
  static boolean isCommand(String text) {
    return text != null && text.strip().toLowerCase(Locale.ROOT).equals(COMMAND);
  }

  /** Whether this AAD object id (possibly null: not every sender has one) may see the status. */
  boolean permits(String aadObjectId) {
    return aadObjectId != null && admins.contains(aadObjectId.strip().toLowerCase(Locale.ROOT));
  }

  /** The reply for this sender: the live policies for admins, a polite refusal otherwise. */
  String reply(String aadObjectId) {
    return permits(aadObjectId) ? render() : refusal();
  }

  /** Markdown listing each live policy with its version, clause count and review date. */
  String render() {
    List<Policy> policies = library.current().policies();
    List<String> lines = new ArrayList<>();
    lines.add("**Live policies: " + policies.size() + "**");
    for (Policy p : policies) {
      PolicyMetadata meta = p.metadata();
      lines.add(
          "- **"
              + TeamsMarkdown.escape(p.title())
              + "**: version "
              + TeamsMarkdown.escape(p.versionLabel())
              + ", "
              + p.clauses().size()
              + (p.clauses().size() == 1 ? " clause" : " clauses")
              + ", review date "
              + (meta.reviewDate().isEmpty()
                  ? "not stated"
                  : TeamsMarkdown.escape(meta.reviewDate())));
    }
    return String.join("\n\n", lines);
  }

  static String refusal() {
    return "Sorry, the status command is only for HR administrators."
        + " You can still ask me any policy question.";
  }
}
