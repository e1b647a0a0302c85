package org.policybot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policybot.core.Answer;
import org.policybot.core.CitedClause;

/**
 * Renders an answered question as an Adaptive Card (plain JSON; the SDK has no card model) and as
 * the equivalent markdown, which doubles as the card's fallback text. A clause with a list or table
 * is laid out by {@link TeamsQuote}.
 */
final class AnswerCard {

  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  /** 1.5 renders on Teams desktop, web and mobile; nothing here needs a newer version. */
  static final String VERSION = "1.5";

  /**
   * Longer clauses are cut, with a pointer to the full text, to stay far below Teams' message size
   * limit (about 28 KB for a card); no clause in real policies comes near it.
   */
  static final int MAX_QUOTE_CHARS = 6_000;

  /**
   * What the card may take, in UTF-8 bytes of its JSON. Teams refuses an activity above about 28
   * KB, and the activity around the card (ids, addresses, summary) takes about 1 KB. Characters are
   * not bytes: Chinese or Japanese text takes three per character, and an escaped underscore of a
   * form's blank ("Signed: ____") three on the wire.
   */
  static final int MAX_CARD_BYTES = 22_000;

  /** The quote is cut no shorter than this, whatever else the card holds. */
  static final int MIN_QUOTE_CHARS = 300;

  /** A lead-in of a lettered item is a line or two; a longer one is cut, as on Slack. */
  static final int MAX_CONTEXT_CHARS = 600;

  /** A policy or section title in the source line, as on Slack. */
  static final int MAX_TITLE_CHARS = 300;

  /** A clause id or version string. */
  static final int MAX_ID_CHARS = 100;

  /** Where a related clause is, in its link's label. */
  static final int MAX_LABEL_CHARS = 200;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AnswerCard() {}

  /**
   * The card for an answer with status ANSWERED: the quote as long as {@link #MAX_QUOTE_CHARS}, or
   * shorter until the card is within {@link #MAX_CARD_BYTES}.
   */
  static ObjectNode card(Answer answer) {
    for (int room = MAX_QUOTE_CHARS; ; room /= 2) {
      ObjectNode card = card(answer, room);
      if (room / 2 < MIN_QUOTE_CHARS || utf8Bytes(card.toString()) <= MAX_CARD_BYTES) {
        return card;
      }
    }
  }

  private static ObjectNode card(Answer answer, int room) {
    CitedClause clause = requireClause(answer);
    ObjectNode card = JSON.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", VERSION);
    card.put("fallbackText", markdown(answer, room));
    card.putObject("msteams").put("width", "Full");

    ArrayNode body = card.putArray("body");
    body.add(text(TeamsMarkdown.escape(answer.message())).put("weight", "Bolder"));
    if (!clause.context().isEmpty()) {
      body.add(text(TeamsMarkdown.escape(context(clause))).put("isSubtle", true));
    }
    ObjectNode quote = body.addObject();
    quote.put("type", "Container");
    quote.put("style", "emphasis");
    ArrayNode quoted = quote.putArray("items");
    if (clause.isProse()) {
      quoted.add(text(TeamsMarkdown.escape(quote(clause.text(), room))));
    } else {
      quoted.addAll(TeamsQuote.cardItems(clause, room));
    }
    body.add(text(TeamsMarkdown.escape(source(clause))).put("isSubtle", true).put("size", "Small"));
    if (!answer.related().isEmpty()) {
      body.add(text(related(clause, answer.related())).put("size", "Small"));
    }

    ArrayNode actions = card.putArray("actions");
    ObjectNode open = actions.addObject();
    open.put("type", "Action.OpenUrl");
    open.put("title", "Open clause");
    open.put("url", clause.url());
    actions.add(
        vote("Helpful", new Feedback(answer.id(), clause.policyId(), clause.clauseId(), true)));
    actions.add(
        vote(
            "Not helpful", new Feedback(answer.id(), clause.policyId(), clause.clauseId(), false)));
    return card;
  }

  /** The same answer as Teams message markdown: lead-in, quote, source, links. */
  static String markdown(Answer answer) {
    return markdown(answer, MAX_QUOTE_CHARS);
  }

  private static String markdown(Answer answer, int room) {
    CitedClause clause = requireClause(answer);
    List<String> parts = new ArrayList<>();
    parts.add("**" + TeamsMarkdown.escape(answer.message()) + "**");
    if (!clause.context().isEmpty()) {
      parts.add("*" + TeamsMarkdown.escape(context(clause)) + "*");
    }
    parts.add(
        clause.isProse()
            ? "> " + TeamsMarkdown.escape(quote(clause.text(), room))
            : TeamsQuote.markdown(clause, room));
    parts.add(
        TeamsMarkdown.escape(source(clause))
            + " · "
            + TeamsMarkdown.link("Open clause", clause.url()));
    if (!answer.related().isEmpty()) {
      parts.add(related(clause, answer.related()));
    }
    return String.join("\n\n", parts);
  }

  private static CitedClause requireClause(Answer answer) {
    return answer
        .clause()
        .orElseThrow(() -> new IllegalArgumentException("no clause to show: " + answer.status()));
  }

  /**
   * Where the quote comes from. Titles, ids and versions come from HR's files and are cut as on
   * Slack: a paragraph mistakenly styled as a heading must not push the card over Teams' limit,
   * which only the quote gives way to.
   */
  private static String source(CitedClause clause) {
    return within(clause.policyTitle(), MAX_TITLE_CHARS)
        + ", clause "
        + within(clause.clauseId(), MAX_ID_CHARS)
        + (clause.section().isEmpty() ? "" : " (" + within(clause.section(), MAX_TITLE_CHARS) + ")")
        + ", version "
        + within(clause.version(), MAX_ID_CHARS);
  }

  /** The words of a lead-in, title or label within max characters, cut at a word, then "…". */
  private static String within(String text, int max) {
    return text.length() <= max ? text : ShortenedBlocks.wordsWithin(text, max) + "…";
  }

  /**
   * Links to the related clauses, each named by its section, or by its policy's title in brackets
   * when it is in another policy than the quoted one, as on Slack.
   */
  private static String related(CitedClause quoted, List<CitedClause> related) {
    List<String> links = new ArrayList<>();
    for (CitedClause r : related) {
      String where = r.placeBeside(quoted);
      boolean samePolicy = r.policyId().equals(quoted.policyId());
      String place = within(where, MAX_LABEL_CHARS);
      String label =
          within(r.clauseId(), MAX_ID_CHARS)
              + (place.isEmpty() ? "" : samePolicy ? " " + place : " (" + place + ")");
      links.add(TeamsMarkdown.link(label, r.url()));
    }
    return "Related: " + String.join(" · ", links);
  }

  /** The clause's words within room, cut at a word and never inside an emoji. */
  private static String quote(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    return ShortenedBlocks.wordsWithin(text, room) + TeamsQuote.SHORTENED;
  }

  private static String context(CitedClause clause) {
    return within(clause.context(), MAX_CONTEXT_CHARS);
  }

  /** What a text takes on the wire: Teams' limits are in bytes, not characters. */
  static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static ObjectNode text(String markdown) {
    return TeamsQuote.text(markdown);
  }

  private static ObjectNode vote(String title, Feedback feedback) {
    ObjectNode action = JSON.objectNode();
    action.put("type", "Action.Submit");
    action.put("title", title);
    action.set("data", feedback.toSubmitData());
    return action;
  }
}
