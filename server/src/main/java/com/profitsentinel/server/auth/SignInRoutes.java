package com.profitsentinel.server.auth;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.account.PasswordHasher;
import com.profitsentinel.app.account.Session;
import com.profitsentinel.app.limits.RateEvents;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Local accounts of production mode (operations.md §9.2): sign-in with e-mail and password (Argon2id), a server-side
 * session behind the {@code ps_auth} cookie (HttpOnly, SameSite=Lax, Secure unless turned off) with its CSRF token,
 * lockout after 5 failures in 15 minutes per account and client address, sign-out, and sign-up when enabled.
 */
public final class SignInRoutes {
    /** Failed sign-ins allowed per account and address within {@link #FAILURE_WINDOW}. */
    static final int MAX_FAILURES = 5;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    private static final String FAILURES = "sign-in-failures";
    private static final String INCORRECT = "E-mail or password is incorrect.";

    private final Directory directory;
    private final Callers callers;
    private final AccountRepository accounts;
    private final RateEvents failures;
    private final Audit audit;
    private final Clock clock;
    private final boolean production;
    private final boolean signupEnabled;
    private final boolean secureCookie;
    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();
    /** Verified against for unknown e-mails, so that their answer takes as long as a wrong password's. */
    private final String decoy;

    public SignInRoutes(
            Directory directory,
            Callers callers,
            AccountRepository accounts,
            RateEvents failures,
            Audit audit,
            Clock clock,
            boolean production,
            boolean signupEnabled,
            boolean secureCookie) {
        this.directory = directory;
        this.callers = callers;
        this.accounts = accounts;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
        this.production = production;
        this.signupEnabled = signupEnabled;
        this.secureCookie = secureCookie;
        this.decoy = hasher.hash("decoy password that no account has");
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        "POST",
                        "/auth/login",
                        "signIn",
                        "Sign in with e-mail and password (JSON or form): sets the ps_auth cookie, answers the CSRF"
                                + " token",
                        "auth",
                        "anyone (production mode)",
                        Route.Body.JSON,
                        200,
                        Optional.of("SignedIn"),
                        List.of(401, 409, 422, 429),
                        this::signIn),
                new Route(
                        "POST",
                        "/auth/logout",
                        "signOut",
                        "End the session of the ps_auth cookie (X-CSRF-Token required)",
                        "auth",
                        "a signed-in user",
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(401, 403, 409),
                        this::signOut),
                new Route(
                        "POST",
                        "/auth/signup",
                        "signUp",
                        "Create an account and an org of its own (name, email, password, business_name); only when"
                                + " auth.signup.enabled",
                        "auth",
                        "anyone (when enabled)",
                        Route.Body.JSON,
                        201,
                        Optional.of("SignedIn"),
                        List.of(403, 409, 422),
                        this::signUp));
    }

    private void requireProduction() {
        if (!production) {
            throw new ProfitSentinelException(
                    ErrorCode.CONFLICT,
                    "Dev mode has no sign-in: every request from this machine is the local user's.");
        }
    }

    private void signIn(Context context) {
        requireProduction();
        Map<String, Object> body = body(context, List.of("email", "password"));
        String email = text(body, "email").strip();
        String password = text(body, "password");
        String subject = email.toLowerCase(Locale.ROOT) + "|" + context.req().getRemoteAddr();
        Instant now = clock.instant();
        List<Instant> recent = failures.since(FAILURES, subject, now.minus(FAILURE_WINDOW));
        if (recent.size() >= MAX_FAILURES) {
            long seconds = Math.max(
                    1, Duration.between(now, recent.get(0).plus(FAILURE_WINDOW)).toSeconds() + 1);
            context.header("Retry-After", String.valueOf(seconds));
            throw new ProfitSentinelException(
                    ErrorCode.LOGIN_THROTTLED,
                    "Too many attempts. Try again in " + Math.max(1, (seconds + 59) / 60) + " minutes.",
                    Map.of("retry_after_seconds", seconds));
        }
        Optional<User> user = directory.userByEmail(email);
        Optional<String> hash = user.flatMap(found -> accounts.passwordHash(found.id()));
        boolean valid = hasher.verify(password, hash.orElse(decoy)) && hash.isPresent();
        if (!valid) {
            failures.record(FAILURES, subject, now);
            throw new ProfitSentinelException(ErrorCode.INVALID_CREDENTIALS, INCORRECT);
        }
        User signedIn = user.orElseThrow();
        List<Organization> organizations = directory.organizationsOf(signedIn.id());
        if (organizations.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN,
                    "Your account is not a member of any organization. Ask an admin to invite you.");
        }
        Organization organization = organizations.get(0);
        com.profitsentinel.app.tenant.Tenant tenant =
                directory.member(organization.id(), signedIn.id()).orElseThrow().tenant(organization.id());
        Role role = tenant.role();
        // a new session at every sign-in: the old cookie, if any, is ended (rotation)
        Optional.ofNullable(context.cookie(Callers.COOKIE))
                .ifPresent(old -> accounts.deleteSession(Callers.sessionHash(old)));
        Session session = open(context, signedIn, organization, now);
        Caller caller = new Caller(signedIn, organization, tenant, "cookie", Optional.empty(), Optional.of(session));
        audit.record(caller, context, "auth.signed_in", "user", signedIn.id(), "", "");
        Responses.json(context, 200, signedIn(signedIn, organization, role, session));
    }

    private void signOut(Context context) {
        requireProduction();
        // the cookie's caller, CSRF token checked like every other write
        Session session = callers.of(context)
                .session()
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.CONFLICT, "Only a sign-in cookie can be signed out; tokens and keys simply stop."));
        accounts.deleteSession(session.idHash());
        context.header("Set-Cookie", cookie("", 0));
        context.status(204);
    }

    private void signUp(Context context) {
        requireProduction();
        if (!signupEnabled) {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN, "Sign-up is closed on this server. Ask for an invitation.");
        }
        Map<String, Object> body = body(context, List.of("name", "email", "password", "business_name"));
        String name = text(body, "name").strip();
        String email = text(body, "email").strip();
        String password = text(body, "password");
        String business = text(body, "business_name").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw Responses.invalidField("name", "out_of_range", "name must be 1-200 characters.");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            throw Responses.invalidField("email", "invalid_value", "email must be an e-mail address.");
        }
        PasswordHasher.weakness(password).ifPresent(reason -> {
            throw Responses.invalidField("password", "too_weak", reason);
        });
        if (business.isEmpty() || business.length() > 200) {
            throw Responses.invalidField("business_name", "out_of_range", "business_name must be 1-200 characters.");
        }
        if (directory.userByEmail(email).isPresent()) {
            throw new ProfitSentinelException(
                    ErrorCode.CONFLICT, "An account with this e-mail already exists. Sign in instead.");
        }
        Instant now = clock.instant();
        User user = directory.createUser(email, name, false);
        accounts.setPasswordHash(user.id(), hasher.hash(password), now);
        Organization organization = directory.createOrganization(business, Tier.FREE);
        directory.putMember(organization.id(), user.id(), Role.OWNER);
        directory.createStore(organization.id(), "Main Store", Store.DEFAULT_TIMEZONE);
        Session session = open(context, user, organization, now);
        Caller caller = new Caller(
                user,
                organization,
                com.profitsentinel.app.tenant.Tenant.wholeOrg(organization.id(), user.id(), Role.OWNER),
                "cookie",
                Optional.empty(),
                Optional.of(session));
        audit.record(caller, context, "auth.signed_up", "user", user.id(), "", "");
        Responses.json(context, 201, signedIn(user, organization, Role.OWNER, session));
    }

    /** A new session and its cookie. */
    private Session open(Context context, User user, Organization organization, Instant now) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] csrf = new byte[32];
        random.nextBytes(csrf);
        Session session = new Session(
                Callers.sessionHash(value),
                user.id(),
                organization.id(),
                HexFormat.of().formatHex(csrf),
                now,
                now);
        accounts.createSession(session);
        context.header("Set-Cookie", cookie(value, Session.ABSOLUTE.toSeconds()));
        return session;
    }

    private String cookie(String value, long maxAgeSeconds) {
        return Callers.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secureCookie ? "; Secure" : "");
    }

    private static Map<String, Object> signedIn(User user, Organization organization, Role role, Session session) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", Map.of("id", user.id(), "email", user.email(), "name", user.name()));
        answer.put("org", Map.of("id", organization.id(), "name", organization.name()));
        answer.put("role", role.apiName());
        answer.put("csrf_token", session.csrfToken());
        answer.put("expires_at", Responses.timestamp(session.createdAt().plus(Session.ABSOLUTE)));
        return answer;
    }

    /** A JSON body, or the fields of a URL-encoded form (the sign-in page works without JavaScript). */
    private static Map<String, Object> body(Context context, List<String> known) {
        String type = Optional.ofNullable(context.contentType()).orElse("");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String name : known) {
                Optional.ofNullable(context.formParam(name)).ifPresent(value -> fields.put(name, value));
            }
            return fields;
        }
        return JsonBodies.object(context, known);
    }

    private static String text(Map<String, Object> body, String field) {
        return body.get(field) instanceof String value ? value : "";
    }
}
