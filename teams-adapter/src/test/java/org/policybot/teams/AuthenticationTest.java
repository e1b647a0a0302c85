package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.GovernmentAuthenticationConstants;
import com.microsoft.bot.connector.authentication.GovernmentChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With credentials set, every request needs a Bot Framework token. Tokens are signed here with a
 * local RSA key whose OpenID metadata and JWKS are served on loopback, so nothing leaves the host.
 */
class AuthenticationTest {

  private static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  private static final String OUTBOUND_TOKEN = "fixed-outbound-token";

  private final FakeConnector connector = new FakeConnector();
  private SigningAuthority authority;
  private TeamsEndpoint endpoint;

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
    if (authority != null) {
      authority.close();
    }
    connector.close();
    // The SDK keeps the metadata URL in static state; leave it as the next test expects it.
    ChannelValidation.setOpenIdMetaDataUrl(
        AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL);
    GovernmentChannelValidation.setOpenIdMetaDataUrl(
        GovernmentAuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL);
  }

  @Test
  void a_request_without_a_token_is_401() throws Exception {
    start(List.of("msteams"));
    var response = endpoint.post(question(), null);
    assertEquals(401, response.statusCode());
    assertNull(connector.pollCall(200), "an unauthenticated request gets no reply");
  }

  @Test
  void a_correctly_signed_token_is_accepted_and_the_reply_carries_our_token() throws Exception {
    start(List.of("msteams"));
    var response =
        endpoint.post(question(), "Bearer " + authority.token(APP_ID, connector.serviceUrl()));
    assertEquals(202, response.statusCode(), response.body());
    FakeConnector.Call reply = connector.nextCall();
    assertEquals("Bearer " + OUTBOUND_TOKEN, reply.authorization());
  }

  @Test
  void a_token_for_another_bot_is_401() throws Exception {
    start(List.of("msteams"));
    var response =
        endpoint.post(
            question(),
            "Bearer "
                + authority.token("99999999-2222-4333-8444-555555555555", connector.serviceUrl()));
    assertEquals(401, response.statusCode());
  }

  @Test
  void a_token_issued_for_another_service_url_is_401() throws Exception {
    start(List.of("msteams"));
    var response =
        endpoint.post(
            question(),
            "Bearer " + authority.token(APP_ID, "https://smba.trafficmanager.net/emea/"));
    assertEquals(401, response.statusCode());
    assertNull(connector.pollCall(200), "no reply to a serviceUrl the token does not vouch for");
  }

  @Test
  void a_key_not_endorsed_for_teams_is_401() throws Exception {
    start(List.of("slack"));
    var response =
        endpoint.post(question(), "Bearer " + authority.token(APP_ID, connector.serviceUrl()));
    assertEquals(401, response.statusCode());
  }

  @Test
  void a_malformed_bearer_token_is_401_not_500() throws Exception {
    start(List.of("msteams"));
    assertEquals(401, endpoint.post(question(), "Bearer not.a.jwt").statusCode());
    assertEquals(401, endpoint.post(question(), "Basic dXNlcjpwYXNz").statusCode());
  }

  @Test
  void single_tenant_credentials_ask_their_own_tenant_for_tokens() {
    TeamsSettings settings =
        new TeamsSettings(
            APP_ID, "secret", Optional.of("contoso-tenant-id"), false, Optional.empty());
    AppCredentials credentials =
        new TeamsAdapter(settings)
            .buildAppCredentials(APP_ID, "https://api.botframework.com/.default")
            .join();
    assertEquals(
        "https://login.microsoftonline.com/contoso-tenant-id", credentials.oAuthEndpoint());
    assertEquals(APP_ID, credentials.getAppId());
  }

  private ObjectNode question() {
    return TeamsActivities.personal(
        connector.serviceUrl(), "1714557600124", "Can I use Twitter at lunch?");
  }

  private void start(List<String> endorsements) {
    authority = new SigningAuthority(endorsements);
    TeamsSettings settings =
        new TeamsSettings(
            APP_ID, "secret", Optional.of("tenant-1"), false, Optional.of(authority.metadataUrl()));
    // Real MSAL would try login.microsoftonline.com; replies are signed with a fixed token instead.
    TeamsAdapter adapter =
        new TeamsAdapter(settings) {
          @Override
          protected CompletableFuture<AppCredentials> buildAppCredentials(
              String appId, String scope) {
            AppCredentials fixed =
                new MicrosoftAppCredentials(appId, "secret", null, scope) {
                  @Override
                  public CompletableFuture<String> getToken() {
                    return CompletableFuture.completedFuture(OUTBOUND_TOKEN);
                  }
                };
            return CompletableFuture.completedFuture(fixed);
          }
        };
    endpoint = new TeamsEndpoint(settings, adapter, Set.of());
  }
}
