package org.policybot.index.search;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sentence model's bias and layer-norm values tuned for staff questions (docs/quality.md,
 * "Question tuning"): how staff ask is not how policies are written, so questions are embedded by a
 * copy of the model whose 60 bias and layer-norm tensors (29,952 numbers) were trained to bring a
 * question close to the clause that answers it, on 16 policies and 5,534 questions written for it
 * alone (tools/question-tuning). Clauses keep the packaged model's embeddings.
 *
 * <p>File format: "PBQT", version 1, the tensor count, then per tensor its name (modified UTF-8
 * with a two-byte length), its number of floats and the floats, all big-endian.
 */
final class QuestionTuning {

  static final String RESOURCE = "org/policybot/index/search/question-tuning.bin";

  private static final int MAGIC = 0x50425154; // "PBQT"
  private static final int VERSION = 1;

  private QuestionTuning() {}

  /** The tuned tensors by name, or an empty map when the file is not on the classpath. */
  static Map<String, float[]> load() {
    try (InputStream in = QuestionTuning.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Map<String, float[]> read(InputStream stream) throws IOException {
    return read(stream, RESOURCE);
  }

  /**
   * Reads a file of this format; {@code source} is what its errors call it (the {@link
   * CrossEncoder}'s file has the same format).
   */
  static Map<String, float[]> read(InputStream stream, String source) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException(source + " is not a version " + VERSION + " question-tuning file");
    }
    int count = in.readInt();
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int t = 0; t < count; t++) {
      String name = in.readUTF();
      float[] values = new float[in.readInt()];
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readFloat();
      }
      out.put(name, values);
    }
    if (in.read() != -1) {
      throw new IOException(source + " has bytes after its last tensor");
    }
    return out;
  }
}
