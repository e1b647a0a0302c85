package org.policybot.app.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySourceTest {

  static final String POLICY = "1. Scope\n\n1.1 Everyone.\n";

  @Test
  void two_files_with_one_policy_id_keep_the_first_and_report_the_second(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("leave.md"), POLICY);
    Files.writeString(dir.resolve("leave.txt"), POLICY);
    PolicySource.Loaded loaded = PolicySource.folder(dir);
    assertEquals(1, loaded.policies().size());
    assertEquals(1, loaded.problems().size());
    String message = loaded.problems().get(0).getMessage();
    assertTrue(message.contains("leave.txt") && message.contains("leave.md"), message);
  }

  @Test
  void a_broken_file_is_reported_by_name_and_the_others_still_load(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("good.md"), POLICY);
    Files.write(dir.resolve("broken.md"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Files.writeString(dir.resolve(".hidden.md"), POLICY);
    Files.writeString(dir.resolve("notes.docx"), POLICY);
    PolicySource.Loaded loaded = PolicySource.folder(dir);
    assertEquals(1, loaded.policies().size());
    assertEquals("good", loaded.policies().get(0).id());
    assertEquals(1, loaded.problems().size());
    assertTrue(
        loaded.problems().get(0).getMessage().startsWith("broken.md"),
        loaded.problems().toString());
  }

  @Test
  void the_bundled_policy_loads_from_the_jar() {
    PolicySource.Loaded loaded = PolicySource.bundled();
    assertEquals("social-media-policy", loaded.policies().get(0).id());
    assertEquals(27, loaded.policies().get(0).clauses().size());
  }
}
