package org.policybot.index.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a question and a clause read together ("[CLS] question [SEP] clause [SEP]"), so the
 * model's attention relates each word of the question to the words of the clause, where the
 * sentence model compares two vectors made apart. It is the packaged MiniLM with its biases and
 * layer norms trained for the task and a linear head over its mean-pooled output, trained on the
 * same 16 policies and 5,534 questions as the {@link QuestionTuning}
 * (tools/question-tuning/train_cross_encoder.py). It costs a model run over every pair, tens of
 * milliseconds a question, so it is off unless asked for ({@link SearchOptions#crossEncoder}).
 * Thread-safe.
 *
 * <p>The file has the question tuning's format, with two more tensors: {@value #HEAD_WEIGHT} (384
 * floats) and {@value #HEAD_BIAS} (one).
 */
final class CrossEncoder implements AutoCloseable {

  static final String RESOURCE = "org/policybot/index/search/cross-encoder.bin";
  static final String HEAD_WEIGHT = "head.weight";
  static final String HEAD_BIAS = "head.bias";

  /**
   * As trained: the question cut to 48 tokens, then the clause cut, as the sentence model cuts it,
   * to 128 ({@link SentenceEncoder#MAX_TOKENS}) less its [CLS]: at most 175 tokens a pair.
   */
  static final int MAX_QUESTION_TOKENS = 48;

  private final SentenceEncoder model;
  private final float[] head;
  private final float bias;

  private CrossEncoder(SentenceEncoder model, float[] head, float bias) {
    this.model = model;
    this.head = head;
    this.bias = bias;
  }

  /** The tuned tensors on the classpath, or an empty map when the file is not there. */
  static Map<String, float[]> tensors() {
    try (InputStream in = CrossEncoder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : QuestionTuning.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Loads the packaged model with the given tensors patched in.
   *
   * @throws IllegalArgumentException when the head is missing or not 384 + 1 numbers
   */
  static CrossEncoder load(Map<String, float[]> tuning) {
    Map<String, float[]> tensors = new HashMap<>(tuning);
    float[] head = tensors.remove(HEAD_WEIGHT);
    float[] bias = tensors.remove(HEAD_BIAS);
    if (head == null || head.length != 384 || bias == null || bias.length != 1) {
      throw new IllegalArgumentException(RESOURCE + " has no head of 384 weights and a bias");
    }
    return new CrossEncoder(SentenceEncoder.load(tensors), head, bias[0]);
  }

  /**
   * One score per clause text, higher for a better answer; comparable within one call only. Each
   * pair is a run of its own: the int8 model quantizes its activations with one scale per run, so
   * in a batch a pair's score would depend on the other pairs and the padding.
   */
  double[] score(String question, List<String> clauses) {
    long[] q = model.tokenizer().encode(question, MAX_QUESTION_TOKENS);
    double[] scores = new double[clauses.size()];
    for (int i = 0; i < scores.length; i++) {
      long[][] pair = pair(q, model.tokenizer().encode(clauses.get(i), SentenceEncoder.MAX_TOKENS));
      long[] mask = new long[pair[0].length];
      Arrays.fill(mask, 1L);
      float[][] tokens =
          model.run(new long[][] {pair[0]}, new long[][] {mask}, new long[][] {pair[1]})[0];
      double s = 0;
      for (float[] token : tokens) {
        s += SentenceEncoder.dot(head, token);
      }
      scores[i] = s / tokens.length + bias;
    }
    return scores;
  }

  /**
   * The model's input for a question and a clause, each as the tokenizer encodes it ([CLS] …
   * [SEP]): the question, then the clause without its [CLS]; token type 0 for the question's
   * tokens, 1 for the clause's. As {@code pair()} in tools/question-tuning/train_cross_encoder.py
   * builds it.
   *
   * @return the token ids and the token types
   */
  static long[][] pair(long[] question, long[] clause) {
    long[] ids = new long[question.length + clause.length - 1];
    System.arraycopy(question, 0, ids, 0, question.length);
    System.arraycopy(clause, 1, ids, question.length, clause.length - 1);
    long[] types = new long[ids.length];
    Arrays.fill(types, question.length, ids.length, 1L);
    return new long[][] {ids, types};
  }

  @Override
  public void close() {
    model.close();
  }
}
