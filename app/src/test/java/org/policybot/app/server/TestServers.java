package org.policybot.app.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.policybot.app.config.Settings;
import org.policybot.app.policy.PolicySource;
import org.policybot.core.AnswerSettings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.search.PolicyIndex;

/** Real servers on a free loopback port, and a client for them; shared by the server tests. */
final class TestServers {

  private TestServers() {}

  /** Settings as the environment would give them, on 127.0.0.1 and a free port. */
  static Settings settings(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.putIfAbsent(Settings.PORT, "0");
    all.putIfAbsent(Settings.BIND_ADDRESS, "127.0.0.1");
    return Settings.from(all);
  }

  /** An answerer as {@code policybot serve} builds it: the folder, or the bundled policy. */
  static PolicyAnswerer answerer(Settings settings, Optional<Path> folder) {
    PolicySource.Loaded loaded = PolicySource.load(folder);
    AnswerSettings answers =
        new AnswerSettings(
            settings.baseUrl(), settings.hrContact(), AnswerSettings.DEFAULT_EXAMPLES);
    return new PolicyAnswerer(new PolicyLibrary(PolicyIndex.build(loaded.policies())), answers);
  }

  /**
   * The parser's golden fixtures, relative to this module's folder (where Maven runs its tests):
   * policies with tables and lists, among them {@code maternity-leave-policy.md}.
   */
  static final Path PARSER_FIXTURES =
      Path.of("../index/src/test/resources/org/policybot/index/parse");

  /** A server with these fixture policies alone, copied into {@code folder}. */
  static PolicyServer withFixtures(Path folder, String... names) {
    try {
      for (String name : names) {
        java.nio.file.Files.copy(PARSER_FIXTURES.resolve(name), folder.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(Optional.of(folder));
  }

  /** A server with the bundled policy. */
  static PolicyServer bundled() {
    return start(Optional.empty());
  }

  /** A server with the policies of a folder. */
  static PolicyServer start(Optional<Path> folder) {
    Settings settings = settings(Map.of());
    try {
      return PolicyServer.start(settings, answerer(settings, folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends raw bytes and returns the response's status line; for requests clients won't send. */
  static String rawStatusLine(PolicyServer server, String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // The body goes from another thread while this one reads: a server that refuses early
      // answers and closes with part of the body unread, and the reset that follows would
      // discard its answer if we were still busy writing.
      Thread writer =
          Thread.ofVirtual()
              .name("raw-body")
              .start(
                  () -> {
                    try {
                      out.write(body);
                      out.flush();
                    } catch (IOException e) {
                      // The server may refuse and close before the body is written.
                    }
                  });
      try {
        return new BufferedReader(
                new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
            .readLine();
      } finally {
        writer.interrupt();
      }
    }
  }

  /** A plain HTTP/1.1 client for one server. */
  record Client(PolicyServer server, HttpClient http) {

    Client(PolicyServer server) {
      this(
          server,
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build());
    }

    URI uri(String pathAndQuery) {
      return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
      return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
