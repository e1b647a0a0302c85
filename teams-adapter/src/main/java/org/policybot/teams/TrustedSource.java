package org.policybot.teams;

import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which authenticated activities the bot serves: Teams, from the configured tenant. The SDK checks
 * that a token is Microsoft's, but a Bot Framework resource can also have Web Chat or Direct Line
 * enabled, whose clients write their own {@code from} fields, and the SDK skips its check that the
 * signing key is endorsed for the channel when the activity names none. HR's {@code status} trusts
 * {@code from.aadObjectId}, which only Teams vouches for.
 *
 * @param teamsOnly refuse activities whose channel is not {@code msteams}; off only with
 *     authentication disabled, for the Bot Framework Emulator
 * @param tenantId the single tenant the bot serves, when configured
 */
record TrustedSource(boolean teamsOnly, Optional<String> tenantId) {

  static final String TEAMS_CHANNEL = "msteams";

  TrustedSource {
    Objects.requireNonNull(tenantId, "tenantId");
  }

  static TrustedSource of(TeamsSettings settings) {
    return new TrustedSource(settings.authenticates(), settings.tenantId());
  }

  /** Why the activity is not served, or empty when it is. */
  Optional<String> refusal(Activity activity) {
    String channel = activity.getChannelId();
    if (teamsOnly && (channel == null || !TEAMS_CHANNEL.equals(channel.toLowerCase(Locale.ROOT)))) {
      return Optional.of("channel '" + printable(channel) + "' is not Teams");
    }
    if (tenantId.isPresent()) {
      String tenant = tenantOf(activity);
      if (tenant == null || !tenantId.get().equalsIgnoreCase(tenant)) {
        return Optional.of("tenant '" + printable(tenant) + "' is not the configured tenant");
      }
    }
    return Optional.empty();
  }

  /**
   * The tenant Teams names, in the conversation and in channelData; null when neither names one or
   * the two disagree, which Teams never sends.
   */
  private static String tenantOf(Activity activity) {
    String fromConversation =
        activity.getConversation() == null ? null : activity.getConversation().getTenantId();
    String fromChannelData;
    try {
      var data = activity.teamsGetChannelData();
      fromChannelData = data == null || data.getTenant() == null ? null : data.getTenant().getId();
    } catch (RuntimeException e) {
      fromChannelData = null; // channelData that is not Teams' shape names no tenant
    }
    if (fromConversation != null
        && fromChannelData != null
        && !fromConversation.equalsIgnoreCase(fromChannelData)) {
      return null;
    }
    return fromConversation != null ? fromConversation : fromChannelData;
  }

  /** Caller-supplied text in a log line: bounded, one line. */
  private static String printable(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 64 ? one.substring(0, 64) + "…" : one;
  }
}
