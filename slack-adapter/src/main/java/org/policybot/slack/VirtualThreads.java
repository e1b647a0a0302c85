package org.policybot.slack;

import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Gives Bolt and the Slack client named virtual threads instead of their default daemon
 * platform-thread pools, matching the rest of the server. Pool sizes are ignored: a virtual thread
 * per task costs little, and the work is mostly waiting on Slack's HTTP API.
 */
final class VirtualThreads implements ExecutorServiceProvider {

  @Override
  public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
    return Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name(threadGroupName + "-", 0).factory());
  }

  @Override
  public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
    return Executors.newSingleThreadScheduledExecutor(
        Thread.ofVirtual().name(threadGroupName + "-", 0).factory());
  }
}
