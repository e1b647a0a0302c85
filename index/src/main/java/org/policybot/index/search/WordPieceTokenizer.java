package org.policybot.index.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the sentence model was trained with it: clean, lower case,
 * strip accents, split on white space and punctuation, then greedy longest-match word pieces with
 * {@code ##} continuations. Immutable and thread-safe.
 */
final class WordPieceTokenizer {

  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final int cls;
  private final int sep;
  private final int unk;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
    this.unk = id("[UNK]");
  }

  private int id(String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalStateException("tokenizer vocabulary has no " + token);
    }
    return id;
  }

  /** Reads the vocabulary from a Hugging Face {@code tokenizer.json}. */
  static WordPieceTokenizer fromTokenizerJson(InputStream in) {
    try {
      return new WordPieceTokenizer(
          VocabJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Token ids for a text: {@code [CLS]}, word pieces, {@code [SEP]}, at most maxTokens in all. */
  long[] encode(String text, int maxTokens) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    outer:
    for (String word : basicTokens(text)) {
      for (int piece : wordPieces(word)) {
        if (ids.size() == maxTokens - 1) {
          break outer;
        }
        ids.add(piece);
      }
    }
    ids.add(sep);
    long[] out = new long[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }

  private List<String> basicTokens(String text) {
    String lower =
        Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK
          || cp == 0
          || cp == 0xFFFD
          || Character.isISOControl(cp) && !Character.isWhitespace(cp)) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        flush(word, out);
      } else if (isPunctuation(cp) || isCjk(cp)) {
        flush(word, out);
        out.add(new String(Character.toChars(cp)));
      } else {
        word.appendCodePoint(cp);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private List<Integer> wordPieces(String word) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      return List.of(unk);
    }
    List<Integer> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String sub = (start > 0 ? "##" : "") + word.substring(start, end);
        found = vocab.get(sub);
        if (found != null) {
          break;
        }
        end--;
        if (end > start && Character.isLowSurrogate(word.charAt(end))) {
          end--;
        }
      }
      if (found == null) {
        return List.of(unk);
      }
      pieces.add(found);
      start = end;
    }
    return pieces;
  }

  private static boolean isPunctuation(int cp) {
    if (cp >= 33 && cp <= 47
        || cp >= 58 && cp <= 64
        || cp >= 91 && cp <= 96
        || cp >= 123 && cp <= 126) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF
        || cp >= 0x3400 && cp <= 0x4DBF
        || cp >= 0xF900 && cp <= 0xFAFF;
  }

  /** Just enough JSON reading to take {@code model.vocab} out of a tokenizer.json. */
  static final class VocabJson {
    private VocabJson() {}

    static Map<String, Integer> read(String json) {
      int model = json.indexOf("\"model\"");
      int vocabKey = json.indexOf("\"vocab\"", Math.max(model, 0));
      if (model < 0 || vocabKey < 0) {
        throw new IllegalStateException("tokenizer.json has no model.vocab");
      }
      int i = json.indexOf('{', vocabKey) + 1;
      Map<String, Integer> vocab = new HashMap<>(40_000);
      StringBuilder key = new StringBuilder();
      while (true) {
        while (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ',') {
          i++;
        }
        if (json.charAt(i) == '}') {
          return vocab;
        }
        key.setLength(0);
        i = readString(json, i, key);
        i = json.indexOf(':', i) + 1;
        while (Character.isWhitespace(json.charAt(i))) {
          i++;
        }
        int end = i;
        while (Character.isDigit(json.charAt(end))) {
          end++;
        }
        vocab.put(key.toString(), Integer.parseInt(json.substring(i, end)));
        i = end;
      }
    }

    private static int readString(String json, int i, StringBuilder out) {
      if (json.charAt(i) != '"') {
        throw new IllegalStateException("expected a string at offset " + i + " of tokenizer.json");
      }
      i++;
      while (true) {
        char c = json.charAt(i++);
        if (c == '"') {
          return i;
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = json.charAt(i++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
    }
  }
}
