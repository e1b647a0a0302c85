package org.policybot.app.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyIdPathTest {

  @Test
  void ids_that_are_paths_are_refused_before_any_file_is_touched(@TempDir Path root)
      throws Exception {
    Path policies = Files.createDirectories(root.resolve("policies"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Path victim = Files.writeString(outside.resolve("000001.md"), "not the store's");
    Path temp = Files.writeString(outside.resolve(".x.tmp"), "not the store's");
    PolicyStore store = PolicyStore.open(policies, Clock.systemUTC());
    for (String id : new String[] {"../outside", "../../outside", "a/b", "", ".hidden"}) {
      assertThrows(
          IllegalArgumentException.class, () -> store.rollback(id, OptionalInt.empty(), "me"));
      assertThrows(IllegalArgumentException.class, () -> store.history(id));
      assertThrows(IllegalArgumentException.class, () -> store.liveFile(id));
    }
    assertTrue(Files.exists(victim));
    assertTrue(Files.exists(temp));
  }
}
