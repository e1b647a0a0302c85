package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;
import org.policybot.index.search.PolicyIndex;

class PolicyStatusTest {

  @Test
  void many_policies_fit_slacks_limits_and_say_how_many_are_not_shown() {
    List<Policy> policies = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String id = String.format(java.util.Locale.ROOT, "policy-%03d", i);
      PolicyMetadata meta = new PolicyMetadata("HR", "", "V1", "", "June 2030", Map.of());
      Clause clause = new Clause(id, "1.1", "1", "Scope", "Everyone.", "", 1);
      policies.add(
          new Policy(
              id, "A rather long policy title number " + i, meta, List.of(), List.of(clause)));
    }

    Reply reply;
    try (PolicyIndex index = PolicyIndex.build(policies)) {
      reply = new PolicyStatus(new PolicyLibrary(index)).render();
    }

    assertTrue(reply.blocks().size() <= Mrkdwn.BLOCKS_MAX);
    int total = 0;
    int shown = 0;
    String note = "";
    for (LayoutBlock b : reply.blocks()) {
      if (b instanceof SectionBlock s) {
        String text = s.getText().getText();
        assertTrue(text.length() <= Mrkdwn.TEXT_MAX, "section of " + text.length());
        total += text.length();
        shown += (int) text.lines().filter(l -> l.startsWith("• ")).count();
      } else if (b instanceof ContextBlock c) {
        note = ((MarkdownTextObject) c.getElements().get(0)).getText();
      }
    }
    assertTrue(total <= Mrkdwn.MESSAGE_TEXT_MAX, "message text " + total);
    assertTrue(shown > 0 && shown < 400, "shown " + shown);
    assertEquals("…and " + (400 - shown) + " more not shown here.", note);
  }

  @Test
  void refusal_names_no_policy() {
    assertTrue(PolicyStatus.refusal().text().contains("only for HR admins"));
  }
}
