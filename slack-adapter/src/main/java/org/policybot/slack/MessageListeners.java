package org.policybot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked by message: an @mention in a channel (answered in the message's thread) and a
 * direct message (answered in the DM). Edits, deletions and bot posts are acknowledged and ignored;
 * an unanswered event would get Bolt's 404 and Slack would retry it.
 */
final class MessageListeners {

  private static final Logger LOG = LoggerFactory.getLogger(MessageListeners.class);

  private final Questions questions;
  private final AnswerRenderer renderer;
  private final ExecutorService background;

  MessageListeners(Questions questions, AnswerRenderer renderer, ExecutorService background) {
    this.questions = Objects.requireNonNull(questions, "questions");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.background = Objects.requireNonNull(background, "background");
  }

  void register(App app) {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          // A mention inside a DM also arrives as message.im, which answers it.
          if (e.getBotId() == null && e.getSubtype() == null && !isDirect(e.getChannel())) {
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            answer(ctx, e.getChannel(), thread, e.getText(), "mention");
          }
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if ("im".equals(e.getChannelType())
              && e.getBotId() == null
              && e.getSubtype() == null
              && e.getUser() != null) {
            answer(ctx, e.getChannel(), e.getThreadTs(), e.getText(), "dm");
          }
          return ctx.ack();
        });
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
  }

  private void answer(
      EventContext ctx, String channel, String threadTs, String slackText, String surface) {
    String question = Mrkdwn.incoming(slackText);
    Background.submit(
        background,
        "reply in " + channel,
        () -> {
          Reply reply = renderer.render(questions.ask(question, surface));
          ChatPostMessageResponse sent =
              ctx.client()
                  .chatPostMessage(
                      r ->
                          r.channel(channel)
                              .threadTs(threadTs)
                              .text(reply.text())
                              .blocks(reply.blocks()));
          if (!sent.isOk()) {
            LOG.warn("chat.postMessage to {} failed: {}", channel, sent.getError());
          }
        });
  }

  /** Direct-message channel ids start with D. */
  private static boolean isDirect(String channel) {
    return channel != null && channel.startsWith("D");
  }
}
