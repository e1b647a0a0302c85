package org.policybot.index;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One parsed policy document: its metadata, its section headings and its clauses in order, and the
 * runs of its text that no clause holds.
 *
 * @param id the policy id, the file name without its extension ({@code social-media-policy})
 * @param title the document title ({@code Social Media Policy})
 * @param metadata what the document says about itself
 * @param sections the numbered headings in document order
 * @param clauses the clauses in document order; never empty, ids unique
 * @param examples HR's example questions for its clauses, never quoted
 * @param unquoted the runs of body text that belong to no clause, in document order, for {@code
 *     policybot check} to name; contents lists, version tables, metadata and page furniture are
 *     left out on purpose and are not among them
 * @param headingsInClauses short lines between clauses that may be headings but are quoted as the
 *     end of the clause above, for {@code policybot check} to name
 * @param struckText words the document strikes through that a clause quotes, in document order, for
 *     {@code policybot check} to name
 */
public record Policy(
    String id,
    String title,
    PolicyMetadata metadata,
    List<Section> sections,
    List<Clause> clauses,
    ExampleQuestions examples,
    List<UnquotedText> unquoted,
    List<HeadingInClause> headingsInClauses,
    List<StruckText> struckText) {

  /** Policy ids become URL path segments and file names, so they are kept plain. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public Policy {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "policy id must be letters, digits, '.', '_' or '-' (at most 128): '" + id + "'");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(examples, "examples");
    sections = List.copyOf(sections);
    clauses = List.copyOf(clauses);
    unquoted = List.copyOf(unquoted);
    headingsInClauses = List.copyOf(headingsInClauses);
    struckText = List.copyOf(struckText);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("policy " + id + " has no clauses");
    }
    Set<String> seen = new HashSet<>();
    for (Clause clause : clauses) {
      if (!clause.policyId().equals(id)) {
        throw new IllegalArgumentException(
            "clause " + clause.id() + " belongs to " + clause.policyId() + ", not " + id);
      }
      if (!seen.add(clause.id())) {
        throw new IllegalArgumentException(
            "policy " + id + " has clause " + clause.id() + " twice");
      }
    }
  }

  /** A policy without example questions, all of whose text is in its clauses. */
  public Policy(
      String id,
      String title,
      PolicyMetadata metadata,
      List<Section> sections,
      List<Clause> clauses) {
    this(
        id,
        title,
        metadata,
        sections,
        clauses,
        ExampleQuestions.NONE,
        List.of(),
        List.of(),
        List.of());
  }

  /** The same policy with these example questions. */
  public Policy withExamples(ExampleQuestions examples) {
    return new Policy(
        id, title, metadata, sections, clauses, examples, unquoted, headingsInClauses, struckText);
  }

  /** Whether the id is acceptable as a policy id. */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The version label, or {@code "unversioned"} when the document states none. */
  public String versionLabel() {
    return metadata.version().isEmpty() ? "unversioned" : metadata.version();
  }

  /** The clause with this number, if the policy has one. */
  public Optional<Clause> clause(String clauseId) {
    return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
  }
}
