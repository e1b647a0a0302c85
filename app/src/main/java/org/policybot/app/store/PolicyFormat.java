package org.policybot.app.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.policybot.index.parse.PolicyParser;

/**
 * How a policy file is read. Markdown and plain text read backslashes, {@code *} and {@code >}
 * differently, so a version must be served in the format it was checked in, or staff are quoted
 * words HR never approved.
 */
public enum PolicyFormat {
  /** {@code .md} and {@code .markdown} files. */
  MARKDOWN("md", "Markdown"),
  /** {@code .txt} files, such as Word's "Save as plain text". */
  PLAIN_TEXT("txt", "plain text (.txt)");

  private final String key;
  private final String description;

  PolicyFormat(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The format a file of this name is read in, as the policy loader decides it. */
  public static PolicyFormat of(String fileName) {
    return PolicyParser.isPlainText(fileName) ? PLAIN_TEXT : MARKDOWN;
  }

  /**
   * The format a version record names.
   *
   * @throws IllegalArgumentException for a key this version of PolicyBot does not know
   */
  static PolicyFormat ofKey(String key) {
    for (PolicyFormat f : values()) {
      if (f.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + key + "'");
  }

  /** {@code md} or {@code txt}: the word in version records and history, and the extension. */
  public String key() {
    return key;
  }

  /** The file a policy of this format goes live as when it has no live file. */
  public String fileName(String policyId) {
    return policyId + "." + key;
  }

  /** For messages: {@code Markdown} or {@code plain text (.txt)}. */
  public String description() {
    return description;
  }

  /**
   * Refuses a text in this format over a live file in the other. The live file keeps its name, so a
   * .txt text would be served as Markdown (or the reverse) and quoted differently from what the
   * check approved.
   *
   * @param live the policy's live file, if it is live
   * @param what the text, for the message: {@code "draft.txt is plain text (.txt)"}
   * @param advice what to do instead, ending with what did not happen
   */
  void requireServedAs(Optional<Path> live, String policyId, String what, String advice)
      throws StoreException {
    if (live.isEmpty() || of(live.get().getFileName().toString()) == this) {
      return;
    }
    throw new StoreException(
        what
            + " but "
            + policyId
            + " is served from "
            + live.get().getFileName()
            + ", "
            + of(live.get().getFileName().toString()).description
            + ", which reads some characters differently (backslashes, '*', '>'); "
            + advice);
  }
}
