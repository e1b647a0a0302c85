package org.policybot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Plays login.botframework.com on loopback: OpenID metadata and a JWKS with our own RSA key,
 * endorsed for the given channels, and signs Bot Framework tokens with it.
 */
final class SigningAuthority implements AutoCloseable {

  static final String ISSUER = "https://api.botframework.com";
  static final String KEY_ID = "policybot-test-key";

  /** Azure AD's v1 issuer for the Bot Framework tenant, which signs skill tokens. */
  static final String SKILL_ISSUER =
      "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

  private final KeyPair keys;
  private final List<String> endorsements;
  private final Loopback server = Loopback.serve("/", this::handle);

  SigningAuthority(List<String> endorsements) {
    this.endorsements = List.copyOf(endorsements);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      this.keys = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value for TEAMS_OPENID_METADATA_URL. */
  String metadataUrl() {
    return server.uri("/v1/.well-known/openidconfiguration").toString();
  }

  /** A token as the Bot Framework channel service sends it. */
  String token(String audience, String serviceUrl) {
    return sign(
        JWT.create().withIssuer(ISSUER).withAudience(audience).withClaim("serviceurl", serviceUrl));
  }

  /**
   * A token as Azure AD issues it to another bot calling ours as a skill: its audience is our app
   * id, its {@code appid} the caller's, and it names no serviceUrl.
   */
  String skillToken(String audience, String callerAppId) {
    return sign(
        JWT.create()
            .withIssuer(SKILL_ISSUER)
            .withAudience(audience)
            .withClaim("appid", callerAppId)
            .withClaim("ver", "1.0"));
  }

  /** Signs with this authority's key, valid from a minute ago for an hour. */
  private String sign(JWTCreator.Builder claims) {
    Instant now = Instant.now();
    return claims
        .withKeyId(KEY_ID)
        .withIssuedAt(now)
        .withNotBefore(now.minus(1, ChronoUnit.MINUTES))
        .withExpiresAt(now.plus(1, ChronoUnit.HOURS))
        .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      if (path.endsWith("/openidconfiguration")) {
        body.put("issuer", ISSUER);
        body.put("jwks_uri", server.uri("/v1/keys").toString());
        body.putArray("id_token_signing_alg_values_supported").add("RS256");
      } else if (path.equals("/v1/keys")) {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        ObjectNode jwk = body.putArray("keys").addObject();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("kid", KEY_ID);
        jwk.put("n", base64Url(key.getModulus()));
        jwk.put("e", base64Url(key.getPublicExponent()));
        endorsements.forEach(jwk.putArray("endorsements")::add);
      } else {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void close() {
    server.close();
  }
}
