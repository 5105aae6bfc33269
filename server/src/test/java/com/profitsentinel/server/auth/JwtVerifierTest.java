package com.profitsentinel.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-03-02T11:04:05Z");
    private static final JwtVerifier VERIFIER = new JwtVerifier(
            SECRET,
            Optional.of("https://auth.example"),
            Optional.of("profit-sentinel"),
            Duration.ofSeconds(60),
            "email",
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change, JWSAlgorithm algorithm, String secret) {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder()
                        .subject("user-1")
                        .issuer("https://auth.example")
                        .audience("profit-sentinel")
                        .claim("email", "owner@store.example")
                        .expirationTime(Date.from(NOW.plusSeconds(600))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        return token(change, JWSAlgorithm.HS256, SECRET);
    }

    private static void assertRefused(String token, ErrorCode code) {
        assertThatThrownBy(() -> VERIFIER.verify(token))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(code));
    }

    @Test
    void aValidTokenNamesItsIdentity() {
        assertThat(VERIFIER.verify(token(claims -> claims)))
                .isEqualTo(new JwtVerifier.Identity("https://auth.example", "user-1", "owner@store.example"));
    }

    @Test
    void expiryIsRequiredAndHonouredWithTheClockSkew() {
        assertRefused(token(claims -> claims.expirationTime(null)), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(61)))), ErrorCode.TOKEN_EXPIRED);
        assertThat(VERIFIER.verify(token(claims -> claims.expirationTime(Date.from(NOW.minusSeconds(59)))))
                        .subject())
                .isEqualTo("user-1");
        assertRefused(token(claims -> claims.notBeforeTime(Date.from(NOW.plusSeconds(120)))), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims.issueTime(Date.from(NOW.plusSeconds(120)))), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void issuerAudienceEmailAndAlgorithmAreChecked() {
        assertRefused(token(claims -> claims.issuer("https://other.example")), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims.audience("someone-else")), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims.claim("email", null)), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims.subject(null)), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims, JWSAlgorithm.HS512, SECRET + SECRET), ErrorCode.TOKEN_INVALID);
        assertRefused(token(claims -> claims, JWSAlgorithm.HS256, SECRET + "x"), ErrorCode.TOKEN_INVALID);
    }

    /** A JWKS endpoint on a local port: the published keys of an identity provider. */
    private static com.sun.net.httpserver.HttpServer jwks(com.nimbusds.jose.jwk.JWKSet keys)
            throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = keys.toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String signed(com.nimbusds.jose.jwk.RSAKey key, JWSAlgorithm algorithm) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .subject("user-9")
                        .issuer("https://auth.example")
                        .audience("profit-sentinel")
                        .claim("email", "rsa@store.example")
                        .expirationTime(Date.from(NOW.plusSeconds(600)))
                        .build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void tokensSignedWithAKeyFromTheJwksUrlAreAcceptedAndOthersRefused() throws Exception {
        com.nimbusds.jose.jwk.RSAKey published =
                new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        com.nimbusds.jose.jwk.RSAKey stranger =
                new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        com.sun.net.httpserver.HttpServer server = jwks(new com.nimbusds.jose.jwk.JWKSet(published));
        try {
            JwtVerifier verifier = new JwtVerifier(
                    "",
                    Optional.of(java.net
                            .URI
                            .create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json")
                            .toURL()),
                    Optional.of("https://auth.example"),
                    Optional.of("profit-sentinel"),
                    Duration.ofSeconds(60),
                    "email",
                    Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(verifier.verify(signed(published, JWSAlgorithm.RS256)).email())
                    .isEqualTo("rsa@store.example");
            assertThatThrownBy(() -> verifier.verify(signed(stranger, JWSAlgorithm.RS256)))
                    .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                            .isEqualTo(ErrorCode.TOKEN_INVALID));
            // no secret configured: an HS256 token cannot be checked and is refused
            assertThatThrownBy(() -> verifier.verify(token(claims -> claims)))
                    .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                            .isEqualTo(ErrorCode.TOKEN_INVALID));
        } finally {
            server.stop(0);
        }
    }
}
