package com.profitsentinel.server;

import static com.profitsentinel.server.AbstractApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local accounts of production mode over real HTTP (operations.md §9.2), once per database ({@link H2SignInIT},
 * {@link PostgresSignInIT}): sign-up, sign-in, the cookie and its CSRF token, lockout, expiry, sign-out, isolation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSignInIT {
    private static final String PASSWORD = "correct horse battery staple";

    /** A clock the tests move forward. */
    private static final class TestClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private final TestClock clock = new TestClock();
    private TestServer server;
    private HttpTestClient http;

    abstract TestDatabase open(Path dataDir);

    @BeforeAll
    void start(@TempDir Path directory) {
        server = TestServer.start(
                open(directory),
                directory,
                Map.of(
                        "auth.mode", "production",
                        "auth.signup.enabled", "true",
                        "auth.cookie.secure", "false",
                        "tiers.enforce", "false"),
                clock);
        http = server.http();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A signed-up account: its cookie header value and CSRF token. */
    private record Account(String cookie, String csrf, String email) {}

    private Account signUp(String email) {
        Answer answer = http.sendJson(
                "POST",
                "/auth/signup",
                Map.of("name", "Pat", "email", email, "password", PASSWORD, "business_name", "Pat's Hardware"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return new Account(cookieOf(answer), answer.json().get("csrf_token").asText(), email);
    }

    private static String cookieOf(Answer answer) {
        String header = answer.header("Set-Cookie");
        assertThat(header).startsWith("ps_auth=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        return header.substring(0, header.indexOf(';'));
    }

    private Answer signIn(String email, String password) {
        return http.sendJson("POST", "/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void aNewAccountIsSignedInWithACookieWhoseWritesNeedTheCsrfToken() {
        Account account = signUp("owner@pat.example");

        JsonNode me = http.get("/api/v1/me", "Cookie", account.cookie()).json();
        assertThat(me.get("auth_method").asText()).isEqualTo("cookie");
        assertThat(me.get("role").asText()).isEqualTo("owner");
        assertThat(me.at("/org/name").asText()).isEqualTo("Pat's Hardware");
        assertThat(me.get("csrf_token").asText()).isEqualTo(account.csrf()).hasSize(64);

        Map<String, Object> store = Map.of("name", "North");
        assertProblem(http.sendJson("POST", "/api/v1/stores", store, "Cookie", account.cookie()), 403, "CSRF_FAILED");
        assertProblem(
                http.sendJson(
                        "POST", "/api/v1/stores", store, "Cookie", account.cookie(), "X-CSRF-Token", "f".repeat(64)),
                403,
                "CSRF_FAILED");
        Answer created = http.sendJson(
                "POST", "/api/v1/stores", store, "Cookie", account.cookie(), "X-CSRF-Token", account.csrf());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Answer analyzed = http.post(
                "/analysis/analyze?_csrf=" + account.csrf(),
                new Multipart().field("as_of", "2025-07-01").file("file", AbstractApiIT.PALADIN),
                "Cookie",
                account.cookie());
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);
        assertProblem(http.get("/api/v1/me"), 401, "AUTH_REQUIRED");
    }

    @Test
    void signInFailsWithOneGenericMessageAndLocksOutAfterFiveFailures() {
        signUp("locked@pat.example");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Answer wrong = signIn("locked@pat.example", "not the password at all");
            assertProblem(wrong, 401, "INVALID_CREDENTIALS");
            assertThat(wrong.json().get("detail").asText()).isEqualTo("E-mail or password is incorrect.");
        }
        assertThat(signIn("nobody@pat.example", PASSWORD).json().get("detail").asText())
                .isEqualTo("E-mail or password is incorrect.");

        Answer locked = signIn("locked@pat.example", PASSWORD);
        assertProblem(locked, 429, "LOGIN_THROTTLED");
        assertThat(locked.json().get("detail").asText()).isEqualTo("Too many attempts. Try again in 15 minutes.");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 901L);

        clock.advance(Duration.ofMinutes(16));
        Answer after = signIn("locked@pat.example", PASSWORD);
        assertThat(after.status()).as(after.text()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", "Cookie", cookieOf(after)).status()).isEqualTo(200);
    }

    @Test
    void aSessionEndsWhenIdleForTwoHoursOrSignedOutAndSignInRotatesIt() {
        Account account = signUp("idle@pat.example");
        clock.advance(Duration.ofMinutes(119));
        assertThat(http.get("/api/v1/me", "Cookie", account.cookie()).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(119));
        assertThat(http.get("/api/v1/me", "Cookie", account.cookie()).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(121));
        assertProblem(http.get("/api/v1/me", "Cookie", account.cookie()), 401, "AUTH_REQUIRED");

        Answer again = http.sendJson(
                "POST",
                "/auth/login",
                Map.of("email", "idle@pat.example", "password", PASSWORD),
                "Cookie",
                account.cookie());
        String cookie = cookieOf(again);
        assertThat(cookie).isNotEqualTo(account.cookie());
        String csrf = again.json().get("csrf_token").asText();
        assertProblem(http.sendJson("POST", "/auth/logout", Map.of(), "Cookie", cookie), 403, "CSRF_FAILED");
        Answer out = http.sendJson("POST", "/auth/logout", Map.of(), "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).startsWith("ps_auth=;").contains("Max-Age=0");
        assertProblem(http.get("/api/v1/me", "Cookie", cookie), 401, "AUTH_REQUIRED");
    }

    @Test
    void oneAccountNeverSeesAnotherOrgsData() {
        Account first = signUp("first@pat.example");
        Account second = signUp("second@other.example");
        String analysis = http.post(
                        "/analysis/analyze",
                        new Multipart().field("as_of", "2025-07-01").file("file", AbstractApiIT.PALADIN),
                        "Cookie",
                        first.cookie(),
                        "X-CSRF-Token",
                        first.csrf())
                .json()
                .get("analysis_id")
                .asText();

        assertThat(http.get("/api/v1/analyses/" + analysis, "Cookie", first.cookie())
                        .status())
                .isEqualTo(200);
        assertProblem(http.get("/api/v1/analyses/" + analysis, "Cookie", second.cookie()), 404, "NOT_FOUND");
        assertThat(http.get("/api/v1/findings?analysis_id=" + analysis, "Cookie", second.cookie())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void signUpRefusesWeakPasswordsAndTakenAddresses() {
        signUp("taken@pat.example");
        Map<String, Object> weak =
                Map.of("name", "Sam", "email", "sam@pat.example", "password", "short", "business_name", "Sam's");
        Answer refused = http.sendJson("POST", "/auth/signup", weak);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("password");
        Answer taken = http.sendJson(
                "POST",
                "/auth/signup",
                Map.of("name", "Sam", "email", "TAKEN@pat.example", "password", PASSWORD, "business_name", "Sam's"));
        assertProblem(taken, 409, "CONFLICT");
    }
}
