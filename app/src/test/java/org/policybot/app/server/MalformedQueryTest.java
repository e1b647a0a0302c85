package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Review finding: a badly percent-encoded question never reaches {@code Query.param}'s 400. The JDK
 * server fails to parse the request target first and answers its own HTML 400 ("
 *
 * <h1>400 Bad Request</h1>
 *
 * URISyntaxException thrown"), so /api/ask breaks its JSON error contract and the response carries
 * none of the security headers.
 */
class MalformedQueryTest {

  private static PolicyServer server;

  @BeforeAll
  static void start() {
    server = TestServers.bundled();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String raw(String target) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void a_badly_encoded_question_on_the_api_gets_the_json_error_with_security_headers()
      throws Exception {
    String response = raw("/api/ask?q=50%");
    assertTrue(response.startsWith("HTTP/1.1 400"), response);
    String lower = response.toLowerCase(java.util.Locale.ROOT);
    assertTrue(lower.contains("content-type: application/json"), response);
    assertTrue(lower.contains("content-security-policy:"), response);
    assertEquals(-1, response.indexOf("URISyntaxException"), response);
  }
}
