package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped question tuning is a trained set of the model's own tensors, read strictly. */
class QuestionTuningTest {

  @Test
  void the_shipped_tuning_replaces_the_six_layers_biases_and_layer_norms_with_trained_values()
      throws Exception {
    Map<String, float[]> tuning = QuestionTuning.load();
    assertEquals(60, tuning.size());
    byte[] model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SentenceEncoder.MODEL)) {
      model = in.readAllBytes();
    }
    int changed = 0;
    for (Map.Entry<String, float[]> t : tuning.entrySet()) {
      assertTrue(
          t.getKey().startsWith("encoder.layer.")
              && (t.getKey().endsWith(".bias") || t.getKey().contains("LayerNorm")),
          t.getKey());
      float[] packaged = OnnxInitializers.read(model, t.getKey());
      assertEquals(packaged.length, t.getValue().length, t.getKey());
      changed += Arrays.equals(packaged, t.getValue()) ? 0 : 1;
    }
    assertEquals(60, changed, "every tensor was trained, none is a copy");
    // And the model takes them: the same replacement the reranker makes.
    assertEquals(model.length, OnnxInitializers.replace(model, tuning).length);
  }

  @Test
  void a_file_is_read_back_as_written() throws Exception {
    Map<String, float[]> read = QuestionTuning.read(file(0x50425154, 1, new byte[0]));
    assertEquals(1, read.size());
    assertArrayEquals(new float[] {1.5f, -2f}, read.get("encoder.layer.0.output.dense.bias"));
  }

  @Test
  void another_format_or_trailing_bytes_are_refused() {
    assertThrows(IOException.class, () -> QuestionTuning.read(file(0x12345678, 1, new byte[0])));
    assertThrows(IOException.class, () -> QuestionTuning.read(file(0x50425154, 2, new byte[0])));
    IOException extra =
        assertThrows(
            IOException.class, () -> QuestionTuning.read(file(0x50425154, 1, new byte[] {7})));
    assertTrue(extra.getMessage().contains("after its last tensor"), extra.getMessage());
    assertThrows(
        IOException.class,
        () -> {
          byte[] whole = file(0x50425154, 1, new byte[0]).readAllBytes();
          QuestionTuning.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 3)));
        });
  }

  private static InputStream file(int magic, int version, byte[] trailing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(version);
    out.writeInt(1);
    out.writeUTF("encoder.layer.0.output.dense.bias");
    out.writeInt(2);
    out.writeFloat(1.5f);
    out.writeFloat(-2f);
    out.write(trailing);
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
