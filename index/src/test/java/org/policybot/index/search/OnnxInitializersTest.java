package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tuned values go into a copy of the packaged model's bytes, or the load fails saying why. */
class OnnxInitializersTest {

  private static final String BIAS = "encoder.layer.5.output.dense.bias";

  private static byte[] model;

  @BeforeAll
  static void readPackagedModel() throws Exception {
    try (InputStream in =
        OnnxInitializersTest.class.getClassLoader().getResourceAsStream(SentenceEncoder.MODEL)) {
      model = in.readAllBytes();
    }
  }

  private static float[] filled(int n, float value) {
    float[] v = new float[n];
    Arrays.fill(v, value);
    return v;
  }

  @Test
  void a_replaced_bias_changes_only_its_own_bytes_and_the_copy() {
    float[] value = filled(384, 0.25f);
    byte[] out = OnnxInitializers.replace(model, Map.of(BIAS, value));

    assertEquals(model.length, out.length);
    assertArrayEquals(value, OnnxInitializers.read(out, BIAS));
    int changed = 0;
    for (int i = 0; i < out.length; i++) {
      changed += out[i] != model[i] ? 1 : 0;
    }
    assertTrue(changed > 0 && changed <= 384 * Float.BYTES, "changed " + changed + " bytes");
    assertFalse(Arrays.equals(OnnxInitializers.read(model, BIAS), value));
    assertArrayEquals(model, readPackaged(), "the bytes it was given are not touched");
  }

  @Test
  void a_model_with_a_replaced_bias_embeds_differently_and_the_original_values_embed_the_same() {
    String question = "can I add an ex-pupil on Insta?";
    float[] plain;
    try (SentenceEncoder encoder = SentenceEncoder.load()) {
      plain = encoder.encode(question);
    }
    // Alternating signs: a constant added before a layer norm would be taken away again by it.
    float[] shifted = new float[384];
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] = i % 2 == 0 ? 1f : -1f;
    }
    try (SentenceEncoder tuned = SentenceEncoder.load(Map.of(BIAS, shifted))) {
      float[] v = tuned.encode(question);
      assertTrue(SentenceEncoder.dot(plain, v) < 0.95, "cosine " + SentenceEncoder.dot(plain, v));
    }
    try (SentenceEncoder same =
        SentenceEncoder.load(Map.of(BIAS, OnnxInitializers.read(model, BIAS)))) {
      assertArrayEquals(plain, same.encode(question));
    }
  }

  @Test
  void a_name_the_model_does_not_have_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OnnxInitializers.replace(
                    model, Map.of("encoder.layer.9.output.dense.bias", new float[384])));
    assertTrue(e.getMessage().contains("encoder.layer.9.output.dense.bias"), e.getMessage());
  }

  @Test
  void a_value_of_another_size_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OnnxInitializers.replace(model, Map.of(BIAS, new float[383])));
    assertTrue(e.getMessage().contains("384 values, not 383"), e.getMessage());
  }

  @Test
  void bytes_that_are_not_a_model_are_refused() {
    byte[] cut = Arrays.copyOf(model, model.length / 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> OnnxInitializers.replace(cut, Map.of(BIAS, new float[384])));
    byte[] noise = new byte[] {(byte) 0x0f, 1, 2, 3};
    assertThrows(
        IllegalArgumentException.class,
        () -> OnnxInitializers.replace(noise, Map.of(BIAS, new float[384])));
  }

  private static byte[] readPackaged() {
    try (InputStream in =
        OnnxInitializersTest.class.getClassLoader().getResourceAsStream(SentenceEncoder.MODEL)) {
      return in.readAllBytes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void replacing_a_tensor_with_its_own_values_gives_the_same_bytes() {
    float[] own = OnnxInitializers.read(model, BIAS);
    assertEquals(384, own.length);
    assertArrayEquals(model, OnnxInitializers.replace(model, Map.of(BIAS, own)));
  }
}
