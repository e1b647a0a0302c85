package org.policybot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One message for Slack: Block Kit blocks plus the plain-text fallback Slack shows in notifications
 * and to clients that cannot draw blocks.
 *
 * @param text the fallback, already escaped mrkdwn
 * @param blocks the blocks, at most {@link Mrkdwn#BLOCKS_MAX}
 */
record Reply(String text, List<LayoutBlock> blocks) {

  Reply {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    if (text.isBlank()) {
      throw new IllegalArgumentException("a reply needs fallback text");
    }
    if (blocks.size() > Mrkdwn.BLOCKS_MAX) {
      throw new IllegalArgumentException(
          "Slack allows " + Mrkdwn.BLOCKS_MAX + " blocks a message, got " + blocks.size());
    }
  }
}
