package org.policybot.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policybot.core.Answer;
import org.policybot.core.Candidate;
import org.policybot.core.CitedClause;
import org.policybot.index.Block;

/**
 * The JSON contract shared by {@code policybot ask --json} and {@code /api/ask}: {@code question},
 * {@code status}, {@code answer} (or null), {@code related}, {@code candidates} (top 5, always),
 * plus {@code id} and {@code message}. Field names are fixed; consumers depend on them. A clause
 * with a list or table also has {@code blocks}, its words in their layout.
 */
public final class AnswerJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  public static ObjectNode toJson(Answer a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("question", a.question());
    o.put("status", a.status().wireName());
    if (a.clause().isPresent()) {
      o.set("answer", clause(a.clause().get()));
    } else {
      o.putNull("answer");
    }
    ArrayNode related = o.putArray("related");
    a.related().forEach(c -> related.add(clause(c)));
    ArrayNode candidates = o.putArray("candidates");
    for (Candidate c : a.candidates()) {
      ObjectNode n = candidates.addObject();
      n.put("policy", c.policyId());
      n.put("clause", c.clauseId());
      n.put("score", Math.round(c.score() * 1000) / 1000.0);
      n.put("coverage", Math.round(c.coverage() * 1000) / 1000.0);
    }
    o.put("message", a.message());
    if (!a.examples().isEmpty()) {
      ArrayNode ex = o.putArray("examples");
      a.examples().forEach(ex::add);
    }
    return o;
  }

  /** One answer as a single line of JSON. */
  public static String line(Answer a) {
    try {
      return MAPPER.writeValueAsString(toJson(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  private static ObjectNode clause(CitedClause c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("policy", c.policyId());
    n.put("title", c.policyTitle());
    n.put("version", c.version());
    n.put("clause", c.clauseId());
    n.put("section", c.section());
    n.put("text", c.text());
    if (!c.context().isEmpty()) {
      n.put("context", c.context());
    }
    n.put("url", c.url());
    if (!c.isProse()) {
      n.set("blocks", blocks(c.blocks()));
    }
    return n;
  }

  /**
   * A clause's words with their lists and tables, only for a clause that has one, so consumers can
   * lay it out; {@code text} stays the flat words either way.
   */
  private static ArrayNode blocks(List<Block> blocks) {
    ArrayNode out = MAPPER.createArrayNode();
    for (Block block : blocks) {
      ObjectNode b = out.addObject();
      switch (block) {
        case Block.Prose p -> b.put("type", "prose").put("text", p.text());
        case Block.ItemList l -> {
          b.put("type", "list").put("numbered", l.numbered());
          l.items().forEach(b.putArray("items")::add);
        }
        case Block.Table t -> {
          b.put("type", "table");
          t.header().forEach(b.putArray("header")::add);
          ArrayNode rows = b.putArray("rows");
          t.rows().forEach(r -> r.forEach(rows.addArray()::add));
        }
      }
    }
    return out;
  }
}
