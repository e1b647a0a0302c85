package org.policybot.teams;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real JDK HTTP server on a random loopback port, as the app runs it: virtual threads. */
final class Loopback implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;

  private Loopback(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static Loopback serve(String path, HttpHandler handler) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService threads =
          Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("test-http-", 0).factory());
      server.setExecutor(threads);
      server.createContext(path, handler);
      server.start();
      return new Loopback(server, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>} followed by the path. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
