package org.policybot.index.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.policybot.index.PolicyFormatException;

/** Turns a policy file's bytes into text, refusing what is not a UTF-8 text document. */
final class SourceText {

  /** Policies are a few pages; anything larger is almost certainly the wrong file. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private SourceText() {}

  static String decode(String source, byte[] bytes) throws PolicyFormatException {
    if (bytes.length > MAX_BYTES) {
      throw new PolicyFormatException(
          source,
          0,
          "file is "
              + bytes.length
              + " bytes; policies may be at most "
              + MAX_BYTES
              + " bytes (5 MB)");
    }
    if (hasUtf16Bom(bytes)) {
      // Notepad's "Unicode" is UTF-16: every other byte of English text is NUL, which would
      // otherwise be called a binary file, a puzzle for someone who saved a text file.
      throw new PolicyFormatException(
          source,
          0,
          "is saved as UTF-16 (Notepad's \"Unicode\"); save it as UTF-8 (in Notepad: Save As,"
              + " Encoding: UTF-8)");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    checkNotBinary(source, bytes, start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      throw new PolicyFormatException(
          source,
          lineOf(bytes, bad),
          "is not valid UTF-8 (byte 0x"
              + String.format(java.util.Locale.ROOT, "%02X", bytes[bad] & 0xff)
              + " at offset "
              + bad
              + "); save the document as UTF-8 text or Markdown");
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** FF FE (little-endian) or FE FF (big-endian): never the start of UTF-8 text. */
  private static boolean hasUtf16Bom(byte[] b) {
    int first = b.length >= 2 ? b[0] & 0xff : 0;
    int second = b.length >= 2 ? b[1] & 0xff : 0;
    return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF;
  }

  /** NUL bytes or many control characters mean a binary file (a .docx, a PDF, an image). */
  private static void checkNotBinary(String source, byte[] bytes, int start)
      throws PolicyFormatException {
    int controls = 0;
    int sample = Math.min(bytes.length, start + 64 * 1024);
    for (int i = start; i < sample; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0) {
        throw new PolicyFormatException(
            source,
            lineOf(bytes, i),
            "looks like a binary file (it contains NUL bytes); export the policy as Markdown or"
                + " plain text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (sample - start > 0 && controls * 20 > sample - start) {
      throw new PolicyFormatException(
          source, 0, "looks like a binary file; export the policy as Markdown or plain text");
    }
  }

  private static int firstInvalidUtf8(byte[] b, int start) {
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n =
          c < 0x80
              ? 0
              : c >= 0xC2 && c < 0xE0
                  ? 1
                  : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (n < 0) {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return Math.max(start, b.length - 1);
  }

  private static int lineOf(byte[] b, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
