package org.policybot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /policy}: a question answered privately to the asker, {@code /policy} alone or {@code
 * help} for usage, and {@code /policy status} for HR admins.
 */
final class CommandListener {

  static final String COMMAND = "/policy";
  static final String STATUS = "status";

  private static final Logger LOG = LoggerFactory.getLogger(CommandListener.class);

  private final Questions questions;
  private final AnswerRenderer renderer;
  private final StatusReport status;
  private final Set<String> admins;
  private final ExecutorService background;

  CommandListener(
      Questions questions,
      AnswerRenderer renderer,
      StatusReport status,
      Set<String> admins,
      ExecutorService background) {
    this.questions = Objects.requireNonNull(questions, "questions");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.status = Objects.requireNonNull(status, "status");
    this.admins = Set.copyOf(admins);
    this.background = Objects.requireNonNull(background, "background");
  }

  void register(App app) {
    app.command(COMMAND, this::handle);
  }

  private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload payload = req.getPayload();
    String question = Mrkdwn.incoming(payload.getText());
    if (question.toLowerCase(Locale.ROOT).equals(STATUS)) {
      boolean admin = payload.getUserId() != null && admins.contains(payload.getUserId());
      LOG.info("policy status {} for user {}", admin ? "shown" : "refused", payload.getUserId());
      // The report is read from memory, so it fits in the acknowledgement.
      return ctx.ack(ephemeral(admin ? status.render() : StatusReport.refusal()));
    }
    Background.submit(
        background,
        "answer to " + COMMAND,
        () -> {
          Reply reply = renderer.render(questions.ask(question, "command"));
          ctx.respond(ephemeral(reply));
        });
    return ctx.ack();
  }

  /** Only the asker sees the reply: staff may not want colleagues to see what they ask. */
  private static SlashCommandResponse ephemeral(Reply reply) {
    return SlashCommandResponse.builder()
        .responseType("ephemeral")
        .text(reply.text())
        .blocks(reply.blocks())
        .build();
  }
}
