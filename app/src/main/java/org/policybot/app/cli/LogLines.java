package org.policybot.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policybot.core.feedback.AnswerLogReader;

/**
 * The lines of a log file (or of standard input for {@code -}) that could be answers or votes; the
 * rest are dropped as they are read, so a large log costs little memory. Logs are not policies: a
 * stray invalid byte (a truncated write, another program's output) becomes a replacement character
 * instead of failing the whole read.
 */
final class LogLines {

  private LogLines() {}

  static List<String> read(Path log) throws IOException {
    if (log.toString().equals("-")) {
      return read(System.in);
    }
    try (InputStream in = Files.newInputStream(log)) {
      return read(in);
    }
  }

  private static List<String> read(InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    List<String> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (AnswerLogReader.mayMatter(line)) {
        lines.add(line);
      }
    }
    return lines;
  }
}
