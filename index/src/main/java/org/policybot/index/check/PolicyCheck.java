package org.policybot.index.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.PolicyMetadata;
import org.policybot.index.parse.PolicyParser;

/**
 * Checks a policy document before it goes live: what HR runs as {@code policybot check}, and what
 * publishing and hot reload use to refuse a broken file. Errors are the parser's refusals (no
 * clauses, a clause number used twice, an empty clause, text that is not UTF-8, a binary file, a
 * file over 5 MB; every clause number used twice and every empty clause is listed); warnings are
 * numbering gaps, text that belongs to no clause (so no answer can quote it; footnotes among it),
 * struck-through words a clause quotes, a review date that has passed or cannot be read, and
 * missing owner, version or review date. Stateless and thread-safe.
 */
public final class PolicyCheck {

  /** The largest policy file accepted, the same limit the parser applies. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private PolicyCheck() {}

  /**
   * Checks a file.
   *
   * @param file the policy document
   * @param policyId the id to give it, or empty for the file name without its extension
   * @param today the day review dates are compared with
   */
  public static CheckReport check(Path file, Optional<String> policyId, LocalDate today) {
    String source = file.getFileName().toString();
    String id = policyId.orElseGet(() -> PolicyParser.policyId(file));
    if (!Policy.isValidId(id)) {
      return failed(
          source,
          0,
          policyId.isPresent()
              ? "policy id '" + id + "' must be letters, digits, '.', '_' or '-' (at most 128)"
              : "file name must be letters, digits, '.', '_' or '-' so the policy id can be used in"
                  + " links; rename the file or pass --id");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return failed(
            source,
            0,
            "file is " + size + " bytes; policies may be at most 5 MB. Is it the right file?");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(source, 0, "cannot be read: " + whyUnreadable(file, e));
    }
    return check(id, source, bytes, today);
  }

  /**
   * Why a file could not be read, in words HR can act on. The exception's own text is a Java class
   * name and a path ("java.nio.file.NoSuchFileException: /tmp/x.md"), which says nothing to them.
   *
   * @param file the file that was read
   * @param e what reading it threw
   */
  public static String whyUnreadable(Path file, IOException e) {
    if (Files.isDirectory(file)) {
      return "it is a folder, not a file";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "read error";
  }

  /**
   * Checks a document's bytes.
   *
   * @param policyId the id the policy gets
   * @param source the file name findings should mention
   * @param bytes the document
   * @param today the day review dates are compared with
   */
  public static CheckReport check(String policyId, String source, byte[] bytes, LocalDate today) {
    Policy policy;
    try {
      policy = PolicyParser.parse(policyId, source, bytes);
    } catch (PolicyFormatException e) {
      // Every problem the parser kept, each at its own line, so HR can fix them all in one go.
      List<Finding> errors =
          e.problems().stream()
              .map(p -> new Finding(Finding.Severity.ERROR, source, p.line(), p.message()))
              .toList();
      return new CheckReport(source, Optional.empty(), errors, e.count() - errors.size());
    } catch (IllegalArgumentException e) {
      // The model's own checks (Policy, Clause) are the last line of defence behind the parser.
      return failed(source, 0, e.getMessage());
    }
    List<Finding> warnings = new ArrayList<>(NumberingGaps.find(policy, source));
    warnings.addAll(UnquotedFindings.find(policy, source));
    warnings.addAll(HeadingFindings.find(policy, source));
    warnings.addAll(StruckFindings.find(policy, source));
    warnings.addAll(LinkFindings.find(policy, source));
    warnings.addAll(metadata(policy.metadata(), source, today));
    warnings.addAll(ExampleFindings.find(policy, source));
    return new CheckReport(source, Optional.of(policy), warnings);
  }

  private static List<Finding> metadata(PolicyMetadata m, String source, LocalDate today) {
    List<Finding> out = new ArrayList<>();
    if (m.owner().isEmpty()) {
      out.add(
          warning(source, "no owner stated; add a line such as '**Document Owner:** HR Director'"));
    }
    if (m.version().isEmpty()) {
      out.add(
          warning(
              source,
              "no version stated; answers will say 'unversioned'. Add a line such as"
                  + " '**Version:** V1.1'"));
    }
    if (m.reviewDate().isEmpty()) {
      out.add(
          warning(
              source, "no review date stated; add a line such as '**Review Date:** March 2026'"));
      return out;
    }
    Optional<LocalDate> due = ReviewDate.dueBy(m.reviewDate());
    if (due.isEmpty()) {
      out.add(
          warning(
              source,
              "review date '"
                  + m.reviewDate()
                  + "' is not a date PolicyBot can read, so it can never be flagged overdue;"
                  + " write it like 'February 2026', '14th February 2026' or '2026-02-14'"));
    } else if (today.isAfter(due.get())) {
      out.add(
          warning(
              source,
              "review date "
                  + m.reviewDate()
                  + " has passed (due by "
                  + due.get()
                  + "); the policy is overdue for review"));
    }
    return out;
  }

  private static Finding warning(String source, String message) {
    return new Finding(Finding.Severity.WARNING, source, 0, message);
  }

  private static CheckReport failed(String source, int line, String message) {
    return new CheckReport(
        source,
        Optional.empty(),
        List.of(new Finding(Finding.Severity.ERROR, source, line, message)));
  }
}
