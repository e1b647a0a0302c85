package org.policybot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import java.util.Optional;

/**
 * Only the Bot Framework channel service may call the bot. The SDK also accepts tokens that Azure
 * AD issues to <em>other</em> bots calling ours as a skill, and in 4.14.3 it drops the check that
 * should refuse unknown callers (its failed future is never awaited). Skill tokens are not bound to
 * the activity's serviceUrl, so any bot registration could make ours post, with our credentials, to
 * a URL of its choosing. We take no skill calls, so a token from any other issuer is refused before
 * the SDK sees it. This reads the issuer without checking the signature: it can only refuse; the
 * SDK still verifies every token it lets through.
 */
final class ChannelIssuer {

  private ChannelIssuer() {}

  /** Why the Authorization header cannot be from the channel service, or empty when it may be. */
  static Optional<String> problem(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Optional.of("no bearer token");
    }
    try {
      String issuer = JWT.decode(authorization.substring("Bearer ".length()).strip()).getIssuer();
      return AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER.equals(issuer)
          ? Optional.empty()
          : Optional.of("token not issued by the Bot Framework channel service");
    } catch (JWTDecodeException e) {
      return Optional.of("malformed bearer token");
    }
  }
}
