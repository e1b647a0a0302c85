package org.policybot.index.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;

/**
 * What changes when a new version of a policy replaces the live one: clauses added, removed and
 * reworded (matched by clause number), and the title and metadata fields that changed. HR reads it
 * before publishing, so nothing goes live unseen.
 *
 * @param policyId the policy compared
 * @param added clauses only the new version has, in its order
 * @param removed clauses only the old version has, in its order
 * @param changed clauses whose words or lead-in differ, in the new version's order
 * @param metadata title and metadata fields whose values differ
 * @param unchanged how many clauses are identical
 * @param examplesAdded example questions only the new version has, in its order
 * @param examplesRemoved example questions only the old version has, in its order
 */
public record PolicyDiff(
    String policyId,
    List<Clause> added,
    List<Clause> removed,
    List<ClauseChange> changed,
    List<FieldChange> metadata,
    int unchanged,
    List<ExampleQuestion> examplesAdded,
    List<ExampleQuestion> examplesRemoved) {

  /** One clause in both versions with different text or lead-in. */
  public record ClauseChange(Clause before, Clause after) {
    public ClauseChange {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /** One title or metadata field with different values; an empty value means "not stated". */
  public record FieldChange(String field, String before, String after) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  public PolicyDiff {
    Objects.requireNonNull(policyId, "policyId");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    metadata = List.copyOf(metadata);
    examplesAdded = List.copyOf(examplesAdded);
    examplesRemoved = List.copyOf(examplesRemoved);
    if (unchanged < 0) {
      throw new IllegalArgumentException("unchanged must be >= 0: " + unchanged);
    }
  }

  /**
   * Compares the live version with a new one.
   *
   * @param before the live version, or empty when the policy has never been published
   * @param after the new version
   */
  public static PolicyDiff between(Optional<Policy> before, Policy after) {
    Map<String, Clause> old = new LinkedHashMap<>();
    before.ifPresent(p -> p.clauses().forEach(c -> old.put(c.id(), c)));
    List<Clause> added = new ArrayList<>();
    List<ClauseChange> changed = new ArrayList<>();
    int unchanged = 0;
    for (Clause c : after.clauses()) {
      Clause was = old.remove(c.id());
      if (was == null) {
        added.add(c);
      } else if (!was.text().equals(c.text()) || !was.context().equals(c.context())) {
        changed.add(new ClauseChange(was, c));
      } else {
        unchanged++;
      }
    }
    List<FieldChange> fields = new ArrayList<>();
    PolicyMetadata a = after.metadata();
    PolicyMetadata b = before.map(Policy::metadata).orElse(PolicyMetadata.none());
    field(fields, "title", before.map(Policy::title).orElse(""), after.title());
    field(fields, "version", b.version(), a.version());
    field(fields, "owner", b.owner(), a.owner());
    field(fields, "reference", b.reference(), a.reference());
    field(fields, "approval date", b.approvalDate(), a.approvalDate());
    field(fields, "review date", b.reviewDate(), a.reviewDate());
    List<ExampleQuestion> was = before.map(p -> p.examples().questions()).orElse(List.of());
    return new PolicyDiff(
        after.id(),
        added,
        List.copyOf(old.values()),
        changed,
        fields,
        unchanged,
        onlyIn(after.examples().questions(), was),
        onlyIn(was, after.examples().questions()));
  }

  /**
   * The questions of {@code a} that {@code b} does not ask about the same clause; lines ignored.
   */
  private static List<ExampleQuestion> onlyIn(List<ExampleQuestion> a, List<ExampleQuestion> b) {
    Map<List<String>, Integer> left = new HashMap<>();
    for (ExampleQuestion q : b) {
      left.merge(List.of(q.clauseId(), q.question()), 1, Integer::sum);
    }
    List<ExampleQuestion> out = new ArrayList<>();
    for (ExampleQuestion q : a) {
      List<String> key = List.of(q.clauseId(), q.question());
      if (left.getOrDefault(key, 0) > 0) {
        left.merge(key, -1, Integer::sum);
      } else {
        out.add(q);
      }
    }
    return out;
  }

  /** Whether the two versions quote identically and describe themselves identically. */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && changed.isEmpty()
        && metadata.isEmpty()
        && examplesAdded.isEmpty()
        && examplesRemoved.isEmpty();
  }

  private static void field(List<FieldChange> out, String name, String before, String after) {
    if (!before.equals(after)) {
      out.add(new FieldChange(name, before, after));
    }
  }
}
