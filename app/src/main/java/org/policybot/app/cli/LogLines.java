package org.policybot.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lines of log files, streamed, so a large log costs no memory. Logs are not policies: a stray
 * invalid byte (a truncated write, another program's output) becomes a replacement character
 * instead of failing the whole read.
 */
final class LogLines {

  private LogLines() {}

  /** A new stream of every file's lines in turn; closing it closes the files. */
  static Stream<String> of(List<Path> logs) {
    return logs.stream().flatMap(LogLines::lines);
  }

  private static Stream<String> lines(Path log) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(Files.newInputStream(log), decoder));
      return reader
          .lines()
          .onClose(
              () -> {
                try {
                  reader.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
