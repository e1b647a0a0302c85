package org.policybot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/** Activity JSON shaped like what Teams sends, for handler and HTTP tests. */
final class TeamsActivities {

  static final String BOT_ID = "28:policybot-app-id";
  static final String BOT_NAME = "PolicyBot";
  static final String USER_AAD_ID = "6f0e2c1a-0000-4000-8000-00000000a11c";
  static final String PERSONAL_CONVERSATION = "a:1personal-chat-id";
  static final String CHANNEL_CONVERSATION = "19:general@thread.tacv2;messageid=1714557600123";

  private TeamsActivities() {}

  /** A message in a personal (1:1) chat. */
  static ObjectNode personal(String serviceUrl, String id, String text) {
    ObjectNode a = base(serviceUrl, id, "message");
    conversation(a, PERSONAL_CONVERSATION, "personal");
    a.put("text", text);
    return a;
  }

  /** A channel message that @mentions the bot, as Teams writes it. */
  static ObjectNode channelMention(String serviceUrl, String id, String question) {
    ObjectNode a = base(serviceUrl, id, "message");
    conversation(a, CHANNEL_CONVERSATION, "channel").put("isGroup", true);
    a.put("text", "<at>" + BOT_NAME + "</at> " + question);
    ObjectNode mention = a.putArray("entities").addObject();
    mention.put("type", "mention");
    mention.put("text", "<at>" + BOT_NAME + "</at>");
    mention.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
    ObjectNode channelData = a.putObject("channelData");
    channelData.putObject("team").put("id", "19:team@thread.tacv2");
    channelData.putObject("channel").put("id", "19:general@thread.tacv2");
    channelData.putObject("tenant").put("id", "tenant-1");
    return a;
  }

  /** The bot was just installed in a personal chat (or, with "channel", in a team). */
  static ObjectNode botAdded(String serviceUrl, String conversationType) {
    ObjectNode a = base(serviceUrl, "f:added", "conversationUpdate");
    conversation(
        a,
        conversationType.equals("personal") ? PERSONAL_CONVERSATION : CHANNEL_CONVERSATION,
        conversationType);
    a.putArray("membersAdded").addObject().put("id", BOT_ID);
    return a;
  }

  /** What Teams sends when a card's Action.Submit is pressed: a message with a value. */
  static ObjectNode submit(String serviceUrl, ObjectNode value) {
    ObjectNode a = base(serviceUrl, "1714557600999", "message");
    conversation(a, PERSONAL_CONVERSATION, "personal");
    a.put("replyToId", "1714557600124");
    a.set("value", value);
    return a;
  }

  static Activity toActivity(ObjectNode json) {
    Activity activity = Serialization.treeToValue(json, Activity.class);
    if (activity == null) {
      throw new IllegalArgumentException("not an Activity: " + json);
    }
    return activity;
  }

  private static ObjectNode base(String serviceUrl, String id, String type) {
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("type", type);
    a.put("id", id);
    // 4.14.3 needs fractional seconds here, or the whole Activity silently becomes null.
    a.put("timestamp", "2024-05-01T10:00:00.123Z");
    a.put("localTimestamp", "2024-05-01T11:00:00.123+01:00");
    a.put("channelId", "msteams");
    a.put("serviceUrl", serviceUrl);
    a.put("locale", "en-GB");
    a.putObject("from")
        .put("id", "29:1user-teams-id")
        .put("name", "Sam Teacher")
        .put("aadObjectId", USER_AAD_ID);
    a.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME);
    return a;
  }

  private static ObjectNode conversation(ObjectNode a, String id, String type) {
    return a.putObject("conversation")
        .put("id", id)
        .put("conversationType", type)
        .put("tenantId", "tenant-1");
  }
}
