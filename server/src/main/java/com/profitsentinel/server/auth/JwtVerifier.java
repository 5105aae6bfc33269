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
 * Bearer JWTs signed with HS256 (operations.md §9.2): the algorithm allow-list is HS256 only ({@code none} and every
 * other algorithm are refused), {@code exp} is required, {@code nbf} and {@code iat} are honoured with the clock skew,
 * {@code iss} and {@code aud} are checked when configured. Supabase-style tokens carry {@code sub} and {@code email}.
 */
public final class JwtVerifier {
    private final MACVerifier verifier;
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
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("auth.jwt.hs256_secret must be at least 32 bytes", e);
        }
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
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw invalid();
        }
        try {
            if (!jwt.verify(verifier)) {
                throw invalid();
            }
        } catch (JOSEException e) {
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

    private static ProfitSentinelException invalid() {
        return new ProfitSentinelException(
                ErrorCode.TOKEN_INVALID, "The access token is not valid. Please sign in again.");
    }
}
