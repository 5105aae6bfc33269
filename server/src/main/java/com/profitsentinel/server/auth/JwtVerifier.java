package com.profitsentinel.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bearer JWTs (operations.md §9.2), signed with HS256 and a shared secret, or with RS256/RS384/RS512/ES256/ES384 and a
 * key from a JWKS URL (cached 10 minutes, fetched again for an unknown key at most once a minute, served stale for up to
 * 24 hours while the URL is down). The algorithm allow-list holds only these ({@code none} and every other algorithm are
 * refused), {@code exp} is required, {@code nbf} and {@code iat} are honoured with the clock skew,
 * {@code iss} and {@code aud} are checked when configured. Supabase-style tokens carry {@code sub} and {@code email}.
 */
public final class JwtVerifier {
    private static final java.util.Set<JWSAlgorithm> ASYMMETRIC = java.util.Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final Optional<MACVerifier> verifier;
    private final Optional<com.nimbusds.jose.proc.JWSVerificationKeySelector<com.nimbusds.jose.proc.SecurityContext>>
            keys;
    private final Optional<String> issuer;
    private final Optional<String> audience;
    private final Duration skew;
    private final String emailClaim;
    private final Clock clock;

    /** The identity a valid token names. */
    public record Identity(String issuer, String subject, String email) {}

    public JwtVerifier(
            String secret,
            Optional<String> issuer,
            Optional<String> audience,
            Duration skew,
            String emailClaim,
            Clock clock) {
        this(secret, Optional.empty(), issuer, audience, skew, emailClaim, clock);
    }

    /**
     * @param secret the HS256 secret, empty for none
     * @param jwksUrl where the public keys of asymmetric tokens are published, empty for none
     */
    public JwtVerifier(
            String secret,
            Optional<java.net.URL> jwksUrl,
            Optional<String> issuer,
            Optional<String> audience,
            Duration skew,
            String emailClaim,
            Clock clock) {
        try {
            this.verifier = secret.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("auth.jwt.hs256_secret must be at least 32 bytes", e);
        }
        this.keys = jwksUrl.map(url -> new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
                ASYMMETRIC,
                com.nimbusds.jose.jwk.source.JWKSourceBuilder.<com.nimbusds.jose.proc.SecurityContext>create(url)
                        .cache(
                                Duration.ofMinutes(10).toMillis(),
                                Duration.ofSeconds(15).toMillis())
                        .rateLimited(Duration.ofMinutes(1).toMillis())
                        .outageTolerant(Duration.ofHours(24).toMillis())
                        .build()));
        this.issuer = issuer;
        this.audience = audience;
        this.skew = skew;
        this.emailClaim = emailClaim;
        this.clock = clock;
    }

    /** The identity of a token, or 401 {@code TOKEN_INVALID} / {@code TOKEN_EXPIRED}. */
    public Identity verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid();
        }
        if (!signedByTrustedKey(jwt)) {
            throw invalid();
        }
        Instant now = clock.instant();
        @Nullable Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw invalid();
        }
        if (expires.toInstant().plus(skew).isBefore(now)) {
            throw new ProfitSentinelException(
                    ErrorCode.TOKEN_EXPIRED, "Your session has expired. Please sign in again.");
        }
        @Nullable Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(skew).isAfter(now)) {
            throw invalid();
        }
        @Nullable Date issuedAt = claims.getIssueTime();
        if (issuedAt != null && issuedAt.toInstant().minus(skew).isAfter(now)) {
            throw invalid();
        }
        @Nullable String tokenIssuer = claims.getIssuer();
        if (issuer.isPresent() && !issuer.get().equals(tokenIssuer)) {
            throw invalid();
        }
        if (audience.isPresent() && !claims.getAudience().contains(audience.get())) {
            throw invalid();
        }
        @Nullable String subject = claims.getSubject();
        Object email = claims.getClaim(emailClaim);
        if (subject == null || subject.isBlank() || !(email instanceof String address) || !address.contains("@")) {
            throw invalid();
        }
        return new Identity(tokenIssuer == null ? "" : tokenIssuer, subject, address.strip());
    }

    /** Whether an allowed algorithm's signature verifies with the secret or a published key. */
    private boolean signedByTrustedKey(SignedJWT jwt) {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        try {
            if (JWSAlgorithm.HS256.equals(algorithm)) {
                return verifier.isPresent() && jwt.verify(verifier.get());
            }
            if (!ASYMMETRIC.contains(algorithm) || keys.isEmpty()) {
                return false;
            }
            com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory factory =
                    new com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory();
            for (java.security.Key key : keys.get().selectJWSKeys(jwt.getHeader(), null)) {
                if (jwt.verify(factory.createJWSVerifier(jwt.getHeader(), key))) {
                    return true;
                }
            }
            return false;
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static ProfitSentinelException invalid() {
        return new ProfitSentinelException(
                ErrorCode.TOKEN_INVALID, "The access token is not valid. Please sign in again.");
    }
}
