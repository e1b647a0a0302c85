package org.policybot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** What one recorded call put in front of people: its text fields and blocks, decoded. */
record Sent(String text, JsonArray blocks, JsonObject fields) {

  static Sent of(SlackApiStub.Call call) {
    if (call.method().equals("response_url")) {
      JsonObject json = JsonParser.parseString(call.body()).getAsJsonObject();
      JsonArray blocks = json.has("blocks") ? json.getAsJsonArray("blocks") : new JsonArray();
      return new Sent(json.has("text") ? json.get("text").getAsString() : "", blocks, json);
    }
    String blocks = call.param("blocks");
    JsonObject fields = new JsonObject();
    call.form().forEach(fields::addProperty);
    return new Sent(
        call.param("text") == null ? "" : call.param("text"),
        blocks == null ? new JsonArray() : JsonParser.parseString(blocks).getAsJsonArray(),
        fields);
  }

  static Sent ofBody(String json) {
    JsonObject body = JsonParser.parseString(json).getAsJsonObject();
    JsonArray blocks = body.has("blocks") ? body.getAsJsonArray("blocks") : new JsonArray();
    return new Sent(body.has("text") ? body.get("text").getAsString() : "", blocks, body);
  }

  /** The fallback text and every text string in the blocks, one per line. */
  String all() {
    List<String> out = new ArrayList<>();
    out.add(text);
    collect(blocks, out);
    return String.join("\n", out);
  }

  /** The types of the blocks, in order. */
  List<String> blockTypes() {
    List<String> types = new ArrayList<>();
    blocks.forEach(b -> types.add(b.getAsJsonObject().get("type").getAsString()));
    return types;
  }

  /** The section texts, in order. */
  List<String> sections() {
    List<String> out = new ArrayList<>();
    for (JsonElement b : blocks) {
      JsonObject block = b.getAsJsonObject();
      if (block.get("type").getAsString().equals("section")) {
        out.add(block.getAsJsonObject("text").get("text").getAsString());
      }
    }
    return out;
  }

  /** The value of the button with this action id. */
  String buttonValue(String actionId) {
    for (JsonElement b : blocks) {
      JsonObject block = b.getAsJsonObject();
      if (block.get("type").getAsString().equals("actions")) {
        for (JsonElement e : block.getAsJsonArray("elements")) {
          if (e.getAsJsonObject().get("action_id").getAsString().equals(actionId)) {
            return e.getAsJsonObject().get("value").getAsString();
          }
        }
      }
    }
    throw new AssertionError("no button " + actionId + " in " + blocks);
  }

  String field(String name) {
    JsonElement e = fields.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static void collect(JsonElement e, List<String> out) {
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collect(x, out));
    } else if (e.isJsonObject()) {
      for (var entry : e.getAsJsonObject().entrySet()) {
        if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
          out.add(entry.getValue().getAsString());
        } else {
          collect(entry.getValue(), out);
        }
      }
    }
  }
}
