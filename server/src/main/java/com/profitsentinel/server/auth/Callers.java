package com.profitsentinel.server.auth;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.account.Session;
import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.apikey.ApiKeyRepository;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.http.Addresses;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the caller of a request (operations.md §9). Dev mode: the local user, for loopback peers only unless remote
 * access was explicitly allowed. Production: a bearer JWT; its e-mail names the user, who is created on first sight
 * ({@code auth.jwt.auto_provision}) together with an org of their own when they belong to none
 * ({@code auth.jwt.auto_create_org}).
 */
public final class Callers {
    private final Optional<Caller> local;
    private final boolean allowRemote;
    private final Optional<JwtVerifier> jwt;
    private final Optional<Directory> directory;
    private final boolean autoProvision;
    private final boolean autoCreateOrg;
    private final Optional<ApiKeyRepository> apiKeys;
    private final Optional<AccountRepository> accounts;
    private final Clock clock;

    private Callers(
            Optional<Caller> local,
            boolean allowRemote,
            Optional<JwtVerifier> jwt,
            Optional<Directory> directory,
            boolean autoProvision,
            boolean autoCreateOrg,
            Optional<ApiKeyRepository> apiKeys,
            Optional<AccountRepository> accounts,
            Clock clock) {
        this.apiKeys = apiKeys;
        this.accounts = accounts;
        this.clock = clock;
        this.local = local;
        this.allowRemote = allowRemote;
        this.jwt = jwt;
        this.directory = directory;
        this.autoProvision = autoProvision;
        this.autoCreateOrg = autoCreateOrg;
    }

    /** Dev mode: every request is the local user's. */
    public static Callers dev(Caller local, boolean allowRemote) {
        return new Callers(
                Optional.of(local),
                allowRemote,
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Clock.systemUTC());
    }

    /** Production mode: sign-in cookies, bearer JWTs (when a verifier is configured) and API keys. */
    public static Callers production(
            Directory directory,
            Optional<JwtVerifier> verifier,
            boolean autoProvision,
            boolean autoCreateOrg,
            ApiKeyRepository apiKeys,
            AccountRepository accounts,
            Clock clock) {
        return new Callers(
                Optional.empty(),
                false,
                verifier,
                Optional.of(directory),
                autoProvision,
                autoCreateOrg,
                Optional.of(apiKeys),
                Optional.of(accounts),
                clock);
    }

    /** The name of the sign-in cookie. */
    public static final String COOKIE = "ps_auth";

    /** The SHA-256 (hex) of a cookie value: how a session is found; the value itself is never stored. */
    public static String sessionHash(String cookie) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(cookie.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The caller of a sign-in cookie: a session that is still active (idle 2 h, absolute 12 h), used at most once a
     * minute recorded; state-changing requests must carry its CSRF token ({@code X-CSRF-Token}, or {@code _csrf} as a
     * form field or query parameter).
     */
    private Caller withCookie(Context context, String cookie) {
        AccountRepository sessions = accounts.orElseThrow();
        Instant now = clock.instant();
        Session session = sessions.session(sessionHash(cookie))
                .filter(found -> found.activeAt(now))
                .orElseThrow(Callers::signedOut);
        String method = context.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            String token = Optional.ofNullable(context.header("X-CSRF-Token"))
                    .or(() -> Optional.ofNullable(context.queryParam("_csrf")))
                    .or(() -> formToken(context))
                    .orElse("");
            if (!java.security.MessageDigest.isEqual(
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw new ProfitSentinelException(
                        ErrorCode.CSRF_FAILED, "The form has expired or did not come from this site. Reload the page.");
            }
        }
        if (session.lastSeenAt().isBefore(now.minusSeconds(60))) {
            sessions.touchSession(session.idHash(), now);
        }
        Directory members = directory.orElseThrow();
        User user = members.userById(session.userId()).orElseThrow(Callers::signedOut);
        Organization organization = members.organization(session.orgId()).orElseThrow(Callers::signedOut);
        Tenant tenant = members.member(organization.id(), user.id())
                .map(member -> member.tenant(organization.id()))
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.FORBIDDEN, "Your account is not a member of this organization."));
        return new Caller(user, organization, tenant, "cookie", Optional.empty(), Optional.of(session));
    }

    /** The {@code _csrf} field of a URL-encoded form (multipart bodies are not read here: they may be uploads). */
    private static Optional<String> formToken(Context context) {
        String type = Optional.ofNullable(context.contentType()).orElse("");
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.formParam("_csrf"));
    }

    private static ProfitSentinelException signedOut() {
        return new ProfitSentinelException(
                ErrorCode.AUTH_REQUIRED, "Authentication required. Please sign in to access this feature.");
    }

    public Caller of(Context context) {
        if (local.isPresent()) {
            if (!allowRemote && !Addresses.isLoopback(context.req().getRemoteAddr())) {
                throw new ProfitSentinelException(
                        ErrorCode.DEV_MODE_REMOTE_DENIED,
                        "This server runs in dev mode and answers only requests from this machine.");
            }
            return local.get();
        }
        @Nullable String authorization = context.header("Authorization");
        @Nullable String keyHeader = context.header("X-API-Key");
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : "";
        if (keyHeader != null && !keyHeader.isBlank()) {
            return withKey(context, keyHeader.strip());
        }
        if (bearer.startsWith("ps_live_") || bearer.startsWith("ps_test_")) {
            return withKey(context, bearer);
        }
        if (bearer.isEmpty()) {
            @Nullable String cookie = context.cookie(COOKIE);
            if (cookie != null && !cookie.isBlank() && accounts.isPresent()) {
                return withCookie(context, cookie);
            }
            throw signedOut();
        }
        if (jwt.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.TOKEN_INVALID, "Bearer tokens are not accepted by this server; sign in instead.");
        }
        JwtVerifier.Identity identity = jwt.get().verify(bearer);
        return member(directory.orElseThrow(), identity.email());
    }

    /**
     * The caller an API key acts for: its creator in the key's org, with the creator's role capped at org_admin, limited
     * to the key's scopes for this route (403 {@code SCOPE_MISSING}).
     */
    private Caller withKey(Context context, String secret) {
        ApiKeyRepository keys = apiKeys.orElseThrow();
        ApiKey key = keys.bySecretHash(ApiKey.hash(secret)).orElseThrow(Callers::invalidKey);
        Instant now = clock.instant();
        if (key.revokedAt().isPresent()) {
            throw new ProfitSentinelException(ErrorCode.API_KEY_REVOKED, "The API key has been revoked.");
        }
        if (key.expiresAt().filter(expires -> !expires.isAfter(now)).isPresent()) {
            throw new ProfitSentinelException(ErrorCode.API_KEY_EXPIRED, "The API key has expired.");
        }
        String route = routeOf(context);
        Optional<String> scope = ApiScopes.required(context.method().name(), route);
        if (scope.isEmpty()) {
            throw new ProfitSentinelException(ErrorCode.FORBIDDEN, "API keys cannot be used for " + route + ".");
        }
        if (!key.scopes().contains(scope.get())) {
            throw new ProfitSentinelException(
                    ErrorCode.SCOPE_MISSING,
                    "The API key lacks the scope " + scope.get() + ".",
                    Map.of("scope", scope.get()));
        }
        Directory members = directory.orElseThrow();
        Organization organization = members.organization(key.orgId()).orElseThrow(Callers::invalidKey);
        // the creator's scope, with the role capped at org_admin
        Tenant tenant = members.member(key.orgId(), key.createdBy())
                .map(member -> member.tenant(key.orgId()))
                .map(scoped -> scoped.withRole(scoped.role().includes(Role.ORG_ADMIN) ? Role.ORG_ADMIN : scoped.role()))
                .orElseThrow(Callers::invalidKey);
        User creator = members.userById(key.createdBy()).orElseThrow(Callers::invalidKey);
        if (key.lastUsedAt().filter(used -> used.isAfter(now.minusSeconds(60))).isEmpty()) {
            keys.touch(key.keyId(), now);
        }
        return new Caller(creator, organization, tenant, "api_key", Optional.of(key));
    }

    private static ProfitSentinelException invalidKey() {
        return new ProfitSentinelException(ErrorCode.API_KEY_INVALID, "The API key is not valid.");
    }

    private static String routeOf(Context context) {
        try {
            return context.endpointHandlerPath();
        } catch (RuntimeException e) {
            return context.path();
        }
    }

    /** The caller for a verified e-mail, provisioning the user and an org when allowed. */
    private synchronized Caller member(Directory members, String email) {
        Optional<User> found = members.userByEmail(email);
        if (found.isEmpty() && !autoProvision) {
            throw new ProfitSentinelException(ErrorCode.FORBIDDEN, "This account has no access to Profit Sentinel.");
        }
        User user = found.orElseGet(() -> members.createUser(email, email.substring(0, email.indexOf('@')), false));
        List<Organization> organizations = members.organizationsOf(user.id());
        Organization organization;
        if (!organizations.isEmpty()) {
            organization = organizations.get(0);
        } else if (autoCreateOrg) {
            organization = members.createOrganization("Stores of " + email, Tier.FREE);
            members.putMember(organization.id(), user.id(), Role.OWNER);
            members.createStore(organization.id(), "Main Store", Store.DEFAULT_TIMEZONE);
        } else {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN,
                    "Your account is not a member of any organization. Ask an admin to invite you.");
        }
        Tenant tenant = members.member(organization.id(), user.id())
                .map(member -> member.tenant(organization.id()))
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.FORBIDDEN, "Your account is not a member of this organization."));
        return new Caller(user, organization, tenant, "jwt");
    }
}
