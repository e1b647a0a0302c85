package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question tuning that is missing or cannot be applied costs answers nothing: questions use the
 * packaged model. And loading it in the background never leaves a caller waiting forever.
 */
class TunedModelFallbackTest {

  private static final String QUESTION = "can i add an ex-pupil on insta";

  private static SentenceEncoder packaged;

  @BeforeAll
  static void load() {
    packaged = SentenceEncoder.load();
  }

  @AfterAll
  static void close() {
    packaged.close();
  }

  @Test
  void a_missing_tuning_file_uses_the_packaged_model_rather_than_loading_a_second_copy() {
    assertSame(packaged, SemanticReranker.tuned(packaged, Map::of));
  }

  @Test
  void an_unreadable_tuning_file_uses_the_packaged_model() {
    assertSame(
        packaged,
        SemanticReranker.tuned(
            packaged,
            () -> {
              throw new UncheckedIOException(new java.io.IOException("truncated"));
            }));
  }

  @Test
  void a_tuning_whose_tensor_does_not_fit_the_model_uses_the_packaged_model() {
    Map<String, float[]> wrongSize = new LinkedHashMap<>(QuestionTuning.load());
    String first = wrongSize.keySet().iterator().next();
    wrongSize.put(first, new float[3]);
    assertSame(packaged, SemanticReranker.tuned(packaged, () -> wrongSize));

    Map<String, float[]> unknown = Map.of("encoder.layer.9.output.LayerNorm.bias", new float[384]);
    assertSame(packaged, SemanticReranker.tuned(packaged, () -> unknown));
  }

  @Test
  void the_shipped_tuning_loads_a_model_that_embeds_questions_differently() {
    SentenceEncoder tuned = SemanticReranker.tuned(packaged, QuestionTuning::load);
    try {
      assertNotSame(packaged, tuned);
      double same = SentenceEncoder.dot(packaged.encode(QUESTION), tuned.encode(QUESTION));
      assertTrue(same < 0.999 && same > 0.5, "cosine of the two embeddings: " + same);
    } finally {
      tuned.close();
    }
  }

  @Test
  void warming_completes_with_the_error_when_the_tuned_model_fails_to_load() throws Exception {
    SemanticReranker reranker =
        new SemanticReranker(
            packaged,
            () -> {
              throw new NoClassDefFoundError("ai/onnxruntime/OrtSession");
            },
            () -> null);
    CompletableFuture<Void> warmed =
        reranker.warm(List.of("Staff must not befriend pupils."), true);
    // The timeout only stops a regression from hanging the build; the future is done in well
    // under a second.
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> warmed.get(60, TimeUnit.SECONDS));
    assertInstanceOf(NoClassDefFoundError.class, failed.getCause());
  }
}
