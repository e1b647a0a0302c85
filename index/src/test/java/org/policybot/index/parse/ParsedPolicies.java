package org.policybot.index.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;

/** What the parser tests ask of a policy written inline: parse it, list its clauses, read one. */
final class ParsedPolicies {

  private ParsedPolicies() {}

  /** Parses Markdown text as policy {@code p}. */
  static Policy parse(String markdown) throws PolicyFormatException {
    return PolicyParser.parse("p", "p.md", markdown.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses plain text (a Word export saved as .txt) as policy {@code p}. */
  static Policy parsePlainText(String text) throws PolicyFormatException {
    return PolicyParser.parse("p", "p.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> ids(Policy p) {
    return p.clauses().stream().map(Clause::id).toList();
  }

  /** A clause's text; a missing clause fails with the ids there are. */
  static String text(Policy p, String id) {
    return p.clause(id).orElseThrow(() -> new AssertionError(id + " in " + ids(p))).text();
  }

  /** The clause's first table; a clause without one fails with the blocks it has. */
  static Block.Table firstTable(Clause clause) {
    return clause.blocks().stream()
        .filter(Block.Table.class::isInstance)
        .map(Block.Table.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError(clause.blocks().toString()));
  }
}
