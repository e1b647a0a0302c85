package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.CachingOpenIdMetadataResolver;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.GovernmentAuthenticationConstants;
import com.microsoft.bot.connector.authentication.GovernmentChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
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
  private static final String AZURE_AD_METADATA =
      AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL;

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
    try {
      azureAdMetadata().remove(AZURE_AD_METADATA);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
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

  /**
   * The SDK checks that the signing key is endorsed for the activity's channel only when the
   * activity names one, so a Web Chat or Direct Line client of the same bot resource, which writes
   * its own {@code from.aadObjectId}, got answers and HR's status report.
   */
  @Test
  void an_activity_from_another_channel_or_none_is_not_served() throws Exception {
    start(List.of("webchat"));
    for (String channel : new String[] {null, "", "webchat"}) {
      ObjectNode activity = question();
      if (channel == null) {
        activity.remove("channelId");
      } else {
        activity.put("channelId", channel);
      }
      var response =
          endpoint.post(activity, "Bearer " + authority.token(APP_ID, connector.serviceUrl()));
      assertEquals(202, response.statusCode(), response.body());
      assertNull(connector.pollCall(300), "no reply for channel " + channel);
    }
  }

  @Test
  void an_activity_from_another_tenant_is_not_served() throws Exception {
    start(List.of("msteams"));
    ObjectNode other = question();
    ((ObjectNode) other.get("conversation")).put("tenantId", "attacker-tenant");
    ObjectNode none = question();
    ((ObjectNode) none.get("conversation")).remove("tenantId");
    ObjectNode mixed = question();
    mixed.putObject("channelData").putObject("tenant").put("id", "attacker-tenant");
    for (ObjectNode activity : List.of(other, none, mixed)) {
      var response =
          endpoint.post(activity, "Bearer " + authority.token(APP_ID, connector.serviceUrl()));
      assertEquals(202, response.statusCode(), response.body());
      assertNull(connector.pollCall(300), "no reply to " + activity.get("conversation"));
    }
    var ours =
        endpoint.post(question(), "Bearer " + authority.token(APP_ID, connector.serviceUrl()));
    assertEquals(202, ours.statusCode());
    assertEquals("Bearer " + OUTBOUND_TOKEN, connector.nextCall().authorization());
  }

  /**
   * The SDK's handlers threw on a malformed event ("Sorry, something went wrong" posted to the
   * chat) or invoke (a 500 whose body was the SDK's exception text). The bot offers neither: an
   * event is acknowledged and an invoke is "not implemented", with nothing posted.
   */
  @Test
  void events_and_invokes_get_no_reply_and_no_sdk_text() throws Exception {
    start(List.of("msteams"));
    ObjectNode event = question();
    event.put("type", "event");
    event.remove("text");
    ObjectNode invoke = question();
    invoke.put("type", "invoke");
    invoke.put("name", "task/fetch");
    invoke.put("value", "notanobject");
    String token = "Bearer " + authority.token(APP_ID, connector.serviceUrl());
    var toEvent = endpoint.post(event, token);
    assertEquals(202, toEvent.statusCode(), toEvent.body());
    var toInvoke = endpoint.post(invoke, token);
    assertEquals(501, toInvoke.statusCode(), toInvoke.body());
    assertFalse(toInvoke.body().contains("com.microsoft"), toInvoke.body());
    assertNull(connector.pollCall(300), "nothing is posted");
  }

  /**
   * Azure AD issues tokens for our app id to any bot that calls ours as a skill, and they name no
   * serviceUrl. Before {@link ChannelIssuer}, the SDK accepted one (its check of the caller is lost
   * in 4.14.3) and the bot posted its reply, signed with our credentials, to the caller's URL.
   */
  @Test
  void a_token_another_bot_got_to_call_us_as_a_skill_is_401_and_nothing_is_posted()
      throws Exception {
    start(List.of("msteams"));
    trustAuthorityForAzureAdTokens();
    try (FakeConnector attacker = new FakeConnector()) {
      var activity =
          TeamsActivities.personal(
              attacker.serviceUrl(), "1714557600124", "Can I use Twitter at lunch?");
      var response =
          endpoint.post(
              activity,
              "Bearer " + authority.skillToken(APP_ID, "99999999-aaaa-4bbb-8ccc-dddddddddddd"));
      assertEquals(401, response.statusCode(), response.body());
      assertNull(attacker.pollCall(500), "nothing is posted to the caller's serviceUrl");
    }
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

  /**
   * Points the SDK's Azure AD metadata (which it has no setting for) at the loopback authority, as
   * {@code BotOpenIdMetadata} does for channel tokens, so a skill token signed here verifies the
   * way one from Azure AD would. Undone after each test.
   */
  @SuppressWarnings("unchecked")
  private void trustAuthorityForAzureAdTokens() throws ReflectiveOperationException {
    Class<?> metadata =
        Class.forName("com.microsoft.bot.connector.authentication.CachingOpenIdMetadata");
    Constructor<?> forUrl = metadata.getDeclaredConstructor(String.class);
    forUrl.setAccessible(true);
    azureAdMetadata().put(AZURE_AD_METADATA, forUrl.newInstance(authority.metadataUrl()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> azureAdMetadata() throws ReflectiveOperationException {
    Field cache = CachingOpenIdMetadataResolver.class.getDeclaredField("OPENID_METADATA_CACHE");
    cache.setAccessible(true);
    return (Map<String, Object>) cache.get(null);
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
