package org.policybot.index.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the values of named float tensors (initializers) in an ONNX model's bytes, in place, so
 * a tuned copy of the sentence model can be made from the packaged one without shipping a second
 * model file. Reads just enough of ONNX's protobuf encoding to find them: ModelProto field 7 (the
 * graph), GraphProto field 5 (its initializers), TensorProto fields 8 (name), 2 (data type) and 9
 * (raw little-endian data). A new value must have exactly the old one's number of floats, so no
 * length in the file changes.
 */
final class OnnxInitializers {

  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  private static final int FLOAT = 1;

  private OnnxInitializers() {}

  /**
   * A copy of the model with the given tensors' values replaced.
   *
   * @throws IllegalArgumentException when a name is not a float tensor of the model stored as raw
   *     data, or a value has another size
   */
  static byte[] replace(byte[] model, Map<String, float[]> values) {
    byte[] out = model.clone();
    Set<String> done = new HashSet<>();
    forEachTensor(out, (start, end) -> replaceTensor(out, start, end, values, done));
    Set<String> missing = new HashSet<>(values.keySet());
    missing.removeAll(done);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the model has no float tensor " + missing);
    }
    return out;
  }

  /**
   * The values of a named float tensor.
   *
   * @throws IllegalArgumentException when the model has no such float tensor stored as raw data
   */
  static float[] read(byte[] model, String name) {
    float[][] found = {null};
    forEachTensor(
        model,
        (start, end) -> {
          Tensor t = tensor(model, start, end);
          if (name.equals(t.name()) && t.type() == FLOAT && t.rawStart() >= 0) {
            float[] v = new float[(t.rawEnd() - t.rawStart()) / Float.BYTES];
            ByteBuffer.wrap(model, t.rawStart(), t.rawEnd() - t.rawStart())
                .order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer()
                .get(v);
            found[0] = v;
          }
        });
    if (found[0] == null) {
      throw new IllegalArgumentException("the model has no float tensor " + name);
    }
    return found[0];
  }

  /** Where a tensor's name, type and raw data are; rawStart is -1 without raw data. */
  private record Tensor(String name, int type, int rawStart, int rawEnd) {}

  private interface Span {
    void at(int start, int end);
  }

  private static void forEachTensor(byte[] out, Span tensor) {
    forEachField(
        out,
        0,
        out.length,
        (field, start, end) -> {
          if (field == MODEL_GRAPH) {
            forEachField(
                out,
                start,
                end,
                (gField, gStart, gEnd) -> {
                  if (gField == GRAPH_INITIALIZER) {
                    tensor.at(gStart, gEnd);
                  }
                });
          }
        });
  }

  private static Tensor tensor(byte[] bytes, int start, int end) {
    String[] name = {null};
    int[] type = {-1};
    int[] raw = {-1, -1};
    forEachField(
        bytes,
        start,
        end,
        (field, s, e) -> {
          switch (field) {
            case TENSOR_NAME -> name[0] = new String(bytes, s, e - s, StandardCharsets.UTF_8);
            case TENSOR_RAW_DATA -> {
              raw[0] = s;
              raw[1] = e;
            }
            default -> {}
          }
        },
        (field, value) -> {
          if (field == TENSOR_DATA_TYPE) {
            type[0] = (int) value;
          }
        });
    return new Tensor(name[0], type[0], raw[0], raw[1]);
  }

  private static void replaceTensor(
      byte[] bytes, int start, int end, Map<String, float[]> wanted, Set<String> done) {
    Tensor t = tensor(bytes, start, end);
    float[] value = t.name() == null ? null : wanted.get(t.name());
    if (value == null) {
      return;
    }
    if (t.type() != FLOAT || t.rawStart() < 0) {
      throw new IllegalArgumentException(t.name() + " is not a float tensor stored as raw data");
    }
    int bytesNow = t.rawEnd() - t.rawStart();
    if (bytesNow != value.length * Float.BYTES) {
      throw new IllegalArgumentException(
          t.name() + " has " + bytesNow / Float.BYTES + " values, not " + value.length);
    }
    ByteBuffer.wrap(bytes, t.rawStart(), bytesNow)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .put(value);
    done.add(t.name());
  }

  /** Called with each length-delimited field: its number and where its bytes start and end. */
  private interface Delimited {
    void field(int number, int start, int end);
  }

  /** Called with each varint field: its number and value. */
  private interface Varint {
    void field(int number, long value);
  }

  private static void forEachField(byte[] b, int start, int end, Delimited delimited) {
    forEachField(b, start, end, delimited, (n, v) -> {});
  }

  private static void forEachField(
      byte[] b, int start, int end, Delimited delimited, Varint varint) {
    int[] at = {start};
    while (at[0] < end) {
      long key = readVarint(b, at, end);
      int number = (int) (key >>> 3);
      switch ((int) (key & 7)) {
        case 0 -> varint.field(number, readVarint(b, at, end));
        case 1 -> at[0] += 8;
        case 2 -> {
          long length = readVarint(b, at, end);
          if (length < 0 || at[0] + length > end) {
            throw new IllegalArgumentException("not an ONNX model: a field runs past its end");
          }
          delimited.field(number, at[0], at[0] + (int) length);
          at[0] += (int) length;
        }
        case 5 -> at[0] += 4;
        default -> throw new IllegalArgumentException("not an ONNX model: wire type " + (key & 7));
      }
    }
    if (at[0] != end) {
      throw new IllegalArgumentException("not an ONNX model: a field runs past its end");
    }
  }

  private static long readVarint(byte[] b, int[] at, int end) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= end) {
        throw new IllegalArgumentException("not an ONNX model: a number runs past its end");
      }
      byte next = b[at[0]++];
      value |= (long) (next & 0x7f) << shift;
      if (next >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("not an ONNX model: a number is too long");
  }
}
