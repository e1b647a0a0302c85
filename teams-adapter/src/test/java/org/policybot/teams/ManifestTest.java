package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package as the build fills it in (target/appPackage, zipped at package time): the
 * limits Teams enforces on upload, checked before anyone tries.
 */
class ManifestTest {

  private static final Path PACKAGE = Path.of("target/appPackage");

  private static JsonNode manifest() throws IOException {
    return new ObjectMapper().readTree(PACKAGE.resolve("manifest.json").toFile());
  }

  @Test
  void uses_a_current_manifest_version_with_every_required_field() throws IOException {
    JsonNode m = manifest();
    String[] version = m.path("manifestVersion").asText().split("\\.");
    assertTrue(
        Integer.parseInt(version[0]) > 1
            || Integer.parseInt(version[0]) == 1 && Integer.parseInt(version[1]) >= 22,
        m.path("manifestVersion").asText());
    for (String field : List.of("version", "id", "accentColor")) {
      assertFalse(m.path(field).asText().isBlank(), field);
    }
    for (String field : List.of("name", "websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertFalse(m.path("developer").path(field).asText().isBlank(), "developer." + field);
    }
    for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertTrue(m.path("developer").path(url).asText().startsWith("https://"), url);
    }
    assertTrue(m.path("accentColor").asText().matches("#[0-9A-Fa-f]{6}"));
  }

  @Test
  void names_and_descriptions_fit_the_teams_limits() throws IOException {
    JsonNode m = manifest();
    assertTrue(m.path("name").path("short").asText().length() <= 30);
    assertTrue(m.path("name").path("full").asText().length() <= 100);
    assertTrue(m.path("description").path("short").asText().length() <= 80);
    assertTrue(m.path("description").path("full").asText().length() <= 4000);
  }

  @Test
  void the_bot_id_is_filled_in_by_the_build() throws IOException {
    JsonNode m = manifest();
    String botId = m.path("bots").get(0).path("botId").asText();
    assertFalse(botId.contains("${"), "unfiltered placeholder: " + botId);
    assertTrue(
        botId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), botId);
    assertEquals(botId, m.path("id").asText());
  }

  @Test
  void the_bot_works_in_personal_team_and_group_chats_with_example_commands() throws IOException {
    JsonNode bot = manifest().path("bots").get(0);
    List<String> scopes = new ArrayList<>();
    bot.path("scopes").forEach(s -> scopes.add(s.asText()));
    assertEquals(List.of("personal", "team", "groupChat"), scopes);
    JsonNode lists = bot.path("commandLists");
    assertTrue(lists.size() >= 1 && lists.size() <= 3);
    JsonNode commands = lists.get(0).path("commands");
    assertTrue(commands.size() >= 2 && commands.size() <= 10);
    for (JsonNode command : commands) {
      assertTrue(command.path("title").asText().length() <= 32, command.toString());
      assertTrue(command.path("description").asText().length() <= 128, command.toString());
    }
  }

  @Test
  void the_icons_have_the_sizes_teams_requires_and_the_outline_is_white_on_transparent()
      throws IOException {
    JsonNode icons = manifest().path("icons");
    BufferedImage color = ImageIO.read(PACKAGE.resolve(icons.path("color").asText()).toFile());
    BufferedImage outline = ImageIO.read(PACKAGE.resolve(icons.path("outline").asText()).toFile());
    assertEquals(192, color.getWidth());
    assertEquals(192, color.getHeight());
    assertEquals(32, outline.getWidth());
    assertEquals(32, outline.getHeight());
    int opaque = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outline.getRGB(x, y);
        int alpha = argb >>> 24;
        if (alpha > 0) {
          opaque++;
          assertEquals(0xFFFFFF, argb & 0xFFFFFF, "outline pixels are white at " + x + "," + y);
        }
      }
    }
    assertTrue(opaque > 0 && opaque < 32 * 32 / 2, "an outline, not a filled square: " + opaque);
  }
}
