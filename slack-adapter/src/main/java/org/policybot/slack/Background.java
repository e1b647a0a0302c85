package org.policybot.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow half of a Slack request after the acknowledgement has gone back: Slack wants an
 * answer within 3 seconds and Bolt sends the HTTP response only when the listener returns.
 */
final class Background {

  private static final Logger LOG = LoggerFactory.getLogger(Background.class);

  /** Work that talks to Slack and may fail. */
  @FunctionalInterface
  interface Job {
    void run() throws Exception;
  }

  private Background() {}

  /** Submits the job; failures are logged, because nobody is left waiting to see them. */
  static void submit(ExecutorService executor, String what, Job job) {
    try {
      executor.execute(
          () -> {
            try {
              job.run();
            } catch (Exception | LinkageError e) {
              LOG.warn("Slack {} failed: {}", what, e.toString(), e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warn("Slack {} dropped: the Slack channel is shutting down", what);
    }
  }
}
