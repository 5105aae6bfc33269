package com.profitsentinel.server;

import static com.profitsentinel.server.AbstractApiIT.PALADIN;
import static com.profitsentinel.server.AbstractApiIT.QUIET;
import static com.profitsentinel.server.AbstractApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import com.profitsentinel.server.http.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production mode over real HTTP, once per database: bearer JWTs, provisioning, and the authorization matrix — every
 * route called by every role of another org finds nothing of this org's, and roles gate what members may change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractProductionIT {
    private static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";

    private SentinelServer server;
    private HttpTestClient http;
    private Services services;
    private final Map<Role, String> orgA = new EnumMap<>(Role.class);
    private final Map<Role, String> orgB = new EnumMap<>(Role.class);
    private String analysisOfA = "";
    private String uploadIdOfA = "";
    private String uploadKeyOfA = "";
    private String storeOfA = "";
    private String keyOfA = "";
    private String findingOfA = "";
    private String groupOfA = "";
    private String userOfA = "";

    /** The database under test, over {@code dataDir}. */
    abstract TestDatabase open(Path dataDir);

    private TestDatabase database;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        database = open(dataDir);
        services = database.services();
        ServerSettings settings = ServerSettings.from(Map.of(
                "server.port",
                "0",
                "data.dir",
                dataDir.toString(),
                "auth.mode",
                "production",
                "auth.jwt.hs256_secret",
                SECRET));
        server = SentinelServer.start(settings, services, "test", Clock.systemUTC(), QUIET);
        http = new HttpTestClient(server.port());
        orgA.put(Role.OWNER, bearer("owner@a.example"));
        orgB.put(Role.OWNER, bearer("owner@b.example"));
        // the first request provisions each owner with an org of their own
        String orgIdA = http.get("/api/v1/me", "Authorization", orgA.get(Role.OWNER))
                .json()
                .at("/org/id")
                .asText();
        String orgIdB = http.get("/api/v1/me", "Authorization", orgB.get(Role.OWNER))
                .json()
                .at("/org/id")
                .asText();
        for (Role role : List.of(Role.VIEWER, Role.STORE_MANAGER, Role.ORG_ADMIN)) {
            orgA.put(role, member(orgIdA, role, "a.example"));
            orgB.put(role, member(orgIdB, role, "b.example"));
        }
        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart().field("as_of", "2025-07-01").file("file", PALADIN),
                "Authorization",
                orgA.get(Role.OWNER));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);
        analysisOfA = analyzed.json().get("analysis_id").asText();
        JsonNode findingOfA = http.get("/api/v1/findings?page_size=1", "Authorization", orgA.get(Role.OWNER))
                .json()
                .at("/items/0");
        this.findingOfA = findingOfA.get("finding_id").asText();
        groupOfA = findingOfA.get("group_id").asText();
        JsonNode upload = http.post(
                        "/uploads/direct", new Multipart().file("file", PALADIN), "Authorization", orgA.get(Role.OWNER))
                .json()
                .at("/uploads/0");
        uploadIdOfA = upload.get("id").asText();
        uploadKeyOfA = upload.get("key").asText();
        String secretOfA = "ps_live_" + Ids.randomHex(24);
        keyOfA = ApiKey.idOf(secretOfA);
        services.apiKeys()
                .insert(
                        new ApiKey(
                                keyOfA,
                                orgIdA,
                                services.directory()
                                        .userByEmail("owner@a.example")
                                        .orElseThrow()
                                        .id(),
                                "A's key",
                                "ps_live_",
                                secretOfA.substring(secretOfA.length() - 4),
                                Set.of("analyses:read"),
                                Instant.now(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        ApiKey.hash(secretOfA));
        userOfA = http.get("/api/v1/me", "Authorization", orgA.get(Role.VIEWER))
                .json()
                .at("/user/id")
                .asText();
        storeOfA = http.get("/api/v1/stores", "Authorization", orgA.get(Role.OWNER))
                .json()
                .at("/items/0/id")
                .asText();
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    private String member(String orgId, Role role, String domain) {
        Directory directory = services.directory();
        String email = role.apiName() + "@" + domain;
        User user = directory.createUser(email, role.apiName(), false);
        directory.putMember(orgId, user.id(), role);
        return bearer(email);
    }

    private static String bearer(String email) {
        return "Bearer " + token(email, Instant.now().plus(Duration.ofHours(1)), SECRET);
    }

    private static String token(String email, Instant expires, String secret) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("user-" + email)
                .issuer("https://auth.example")
                .claim("email", email)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        Answer anonymous = http.get("/api/v1/analyses");
        assertProblem(anonymous, 401, "AUTH_REQUIRED");
        assertThat(anonymous.json().get("detail").asText())
                .isEqualTo("Authentication required. Please sign in to access this feature.");
        String email = "owner@a.example";
        assertProblem(
                http.get(
                        "/api/v1/analyses",
                        "Authorization",
                        "Bearer "
                                + token(
                                        email,
                                        Instant.now().plusSeconds(600),
                                        "another-secret-that-is-32-bytes-long!!")),
                401,
                "TOKEN_INVALID");
        assertProblem(
                http.get(
                        "/api/v1/analyses",
                        "Authorization",
                        "Bearer " + token(email, Instant.now().minus(Duration.ofHours(2)), SECRET)),
                401,
                "TOKEN_EXPIRED");
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder()
                        .subject("x")
                        .claim("email", email)
                        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                        .build())
                .serialize();
        assertProblem(http.get("/api/v1/analyses", "Authorization", "Bearer " + unsigned), 401, "TOKEN_INVALID");
        assertProblem(http.get("/api/v1/analyses", "Authorization", "Bearer not.a.jwt"), 401, "TOKEN_INVALID");
        assertThat(http.get("/health/shallow").status()).isEqualTo(200);
    }

    @Test
    void aNewIdentityGetsAnOrgOfItsOwn() {
        JsonNode me =
                http.get("/api/v1/me", "Authorization", bearer("new@c.example")).json();

        assertThat(me.get("role").asText()).isEqualTo("owner");
        assertThat(me.get("auth_method").asText()).isEqualTo("jwt");
        assertThat(me.at("/org/name").asText()).isEqualTo("Stores of new@c.example");
        assertThat(me.get("platform_admin").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/analyses", "Authorization", bearer("new@c.example"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void everyRouteCalledByEveryRoleOfAnotherOrgFindsNothing() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Role, String> caller : orgB.entrySet()) {
            for (Route route : server.routes()) {
                if (!route.path().contains("{")) {
                    continue;
                }
                String ownId = ownId(route.path());
                String path = route.path()
                        .replace("{id}", ownId)
                        .replace("{upload_id}", uploadIdOfA)
                        .replace("{store_id}", storeOfA)
                        .replace("{user_id}", userOfA)
                        .replace("{key_id}", keyOfA);
                String missing = route.path()
                        .replace("{id}", "01900000-0000-7000-8000-000000000000")
                        .replace("{upload_id}", "01900000-0000-7000-8000-000000000001")
                        .replace("{store_id}", "01900000-0000-7000-8000-000000000002")
                        .replace("{user_id}", "01900000-0000-7000-8000-000000000003")
                        .replace("{key_id}", "key_000000000000");
                Answer answer = call(route.method(), path, caller.getValue());
                Answer absent = call(route.method(), missing, caller.getValue());
                String what = caller.getKey() + " " + route.method() + " " + path + ": " + answer.text();
                // another org's object is answered exactly as one that does not exist (404, or 403 for a role that
                // may not act at all), never with its content
                assertThat(answer.status()).as(what).isIn(403, 404).isEqualTo(absent.status());
                assertThat(answer.json().get("code").asText())
                        .as(what)
                        .isEqualTo(absent.json().get("code").asText());
                checked.add(route.method() + " " + route.path());
            }
            Answer list = http.get("/api/v1/analyses?page_size=100", "Authorization", caller.getValue());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.text()).doesNotContain(analysisOfA);
            Answer config = http.get("/api/v1/config?store_id=" + storeOfA, "Authorization", caller.getValue());
            assertThat(config.status()).as(config.text()).isEqualTo(404);
            for (String lists : List.of(
                    "/api/v1/findings?status=all&page_size=100",
                    "/api/v1/findings?analysis_id=" + analysisOfA,
                    "/api/v1/finding-groups?page_size=100",
                    "/api/v1/findings/export.csv?status=all")) {
                Answer found = http.get(lists, "Authorization", caller.getValue());
                assertThat(found.status()).as(lists).isEqualTo(200);
                assertThat(found.text()).as(lists).doesNotContain(findingOfA, groupOfA, analysisOfA);
            }
            Answer audit = http.get("/api/v1/audit?page_size=100", "Authorization", caller.getValue());
            assertThat(audit.status()).isIn(200, 403);
            assertThat(audit.text()).doesNotContain(analysisOfA, uploadIdOfA);
            assertThat(http.get("/api/v1/me", "Authorization", caller.getValue())
                            .text())
                    .doesNotContain(analysisOfA, uploadIdOfA);
            assertProblem(
                    http.post(
                            "/analysis/analyze",
                            new Multipart().field("key", uploadKeyOfA).field("mapping", "{}"),
                            "Authorization",
                            caller.getValue()),
                    404,
                    "UPLOAD_NOT_FOUND");
        }
        assertThat(checked)
                .contains(
                        "GET /api/v1/analyses/{id}",
                        "DELETE /api/v1/analyses/{id}",
                        "GET /api/v1/findings/{id}",
                        "POST /api/v1/findings/{id}/acknowledge",
                        "GET /api/v1/explain/{id}",
                        "GET /api/v1/finding-groups/{id}",
                        "GET /api/v1/digest/{store_id}",
                        "GET /api/v1/analyses/{id}/compare");
        assertThat(http.get("/api/v1/findings/" + findingOfA, "Authorization", orgA.get(Role.VIEWER))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/analyses/" + analysisOfA, "Authorization", orgA.get(Role.VIEWER))
                        .status())
                .isEqualTo(200);
    }

    /** An ID of org A's for a route's {@code {id}}: the object kind the route is about. */
    private String ownId(String path) {
        if (path.startsWith("/api/v1/uploads/")) {
            return uploadIdOfA;
        }
        if (path.startsWith("/api/v1/stores/")) {
            return storeOfA;
        }
        if (path.startsWith("/api/v1/findings/") || path.startsWith("/api/v1/explain/")) {
            return findingOfA;
        }
        if (path.startsWith("/api/v1/finding-groups/")) {
            return groupOfA;
        }
        return analysisOfA;
    }

    @Test
    void aMemberLimitedToOneStoreSeesOnlyThatStoresData() {
        String owner = orgA.get(Role.OWNER);
        // a second store (free plans have one; the directory is the operator's way around the plan)
        String north = services.directory()
                .createStore(
                        http.get("/api/v1/me", "Authorization", owner)
                                .json()
                                .at("/org/id")
                                .asText(),
                        "North",
                        "America/Chicago")
                .id();
        String northAnalysis = http.post(
                        "/analysis/analyze",
                        new Multipart()
                                .field("as_of", "2025-07-01")
                                .field("store_id", north)
                                .file("file", PALADIN),
                        "Authorization",
                        owner)
                .json()
                .get("analysis_id")
                .asText();
        String email = "store_manager@north.a.example";
        String manager = member(
                http.get("/api/v1/me", "Authorization", owner)
                        .json()
                        .at("/org/id")
                        .asText(),
                Role.STORE_MANAGER,
                "north.a.example");
        String managerId = http.get("/api/v1/me", "Authorization", manager)
                .json()
                .at("/user/id")
                .asText();

        Answer scoped = http.sendJson(
                "PATCH",
                "/api/v1/members/" + managerId,
                Map.of("store_ids", List.of(north)),
                "Authorization",
                orgA.get(Role.ORG_ADMIN));
        assertThat(scoped.status()).as(scoped.text()).isEqualTo(200);
        assertThat(scoped.json().at("/scope/store_ids/0").asText()).isEqualTo(north);

        assertThat(http.get("/api/v1/analyses/" + northAnalysis, "Authorization", manager)
                        .status())
                .isEqualTo(200);
        assertProblem(http.get("/api/v1/analyses/" + analysisOfA, "Authorization", manager), 404, "NOT_FOUND");
        assertProblem(http.get("/api/v1/findings/" + findingOfA, "Authorization", manager), 404, "NOT_FOUND");
        assertThat(http.get("/api/v1/analyses?page_size=100", "Authorization", manager)
                        .text())
                .contains(northAnalysis)
                .doesNotContain(analysisOfA);
        assertThat(http.get("/api/v1/stores", "Authorization", manager)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/me", "Authorization", manager)
                        .json()
                        .at("/scope/store_ids/0")
                        .asText())
                .isEqualTo(north);
        assertProblem(
                http.sendJson(
                        "PATCH",
                        "/api/v1/members/" + managerId,
                        Map.of("role", "owner"),
                        "Authorization",
                        orgA.get(Role.ORG_ADMIN)),
                403,
                "FORBIDDEN");
        assertProblem(http.get("/api/v1/members", "Authorization", manager), 403, "FORBIDDEN");
        assertThat(http.get("/api/v1/members", "Authorization", orgA.get(Role.ORG_ADMIN))
                        .text())
                .contains(email);
        assertThat(http.get("/api/v1/members", "Authorization", orgB.get(Role.ORG_ADMIN))
                        .text())
                .doesNotContain(email);
        assertProblem(
                http.sendJson(
                        "PATCH",
                        "/api/v1/members/" + managerId,
                        Map.of("role", "viewer"),
                        "Authorization",
                        orgB.get(Role.ORG_ADMIN)),
                404,
                "NOT_FOUND");

        // the same scope through a region: the manager sees the region's stores
        String admin = orgA.get(Role.ORG_ADMIN);
        String region = http.sendJson("POST", "/api/v1/regions", Map.of("name", "North region"), "Authorization", admin)
                .json()
                .get("id")
                .asText();
        http.sendJson("PUT", "/api/v1/stores/" + north, Map.of("region_id", region), "Authorization", admin);
        Answer byRegion = http.sendJson(
                "PATCH",
                "/api/v1/members/" + managerId,
                Map.of("store_ids", List.of(), "region_ids", List.of(region)),
                "Authorization",
                admin);
        assertThat(byRegion.json().at("/scope/region_ids/0").asText())
                .as(byRegion.text())
                .isEqualTo(region);
        assertThat(http.get("/api/v1/analyses/" + northAnalysis, "Authorization", manager)
                        .status())
                .isEqualTo(200);
        assertProblem(http.get("/api/v1/analyses/" + analysisOfA, "Authorization", manager), 404, "NOT_FOUND");

        assertThat(http.delete("/api/v1/members/" + managerId, "Authorization", orgA.get(Role.ORG_ADMIN))
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/me", "Authorization", manager)
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("owner");
    }

    @Test
    void viewersReadAStoresConfigurationButOnlyOrgAdminsChangeIt() {
        String path = "/api/v1/config?store_id=" + storeOfA;
        Answer read = http.get(path, "Authorization", orgA.get(Role.VIEWER));
        assertThat(read.status()).isEqualTo(200);
        Map<String, Object> change = Map.of("store_id", storeOfA, "workflow_settings", Map.of("stale_after_days", 9));
        for (Role role : List.of(Role.VIEWER, Role.STORE_MANAGER)) {
            assertProblem(
                    http.sendJson(
                            "PUT", "/api/v1/config", change, "Authorization", orgA.get(role), "If-Match", "\"0\""),
                    403,
                    "FORBIDDEN");
        }
        Answer changed = http.sendJson(
                "PUT",
                "/api/v1/config",
                change,
                "Authorization",
                orgA.get(Role.ORG_ADMIN),
                "If-Match",
                read.header("ETag"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }

    @Test
    void viewersReadFindingsButOnlyStoreManagersAcknowledgeThem() {
        assertProblem(
                http.sendJson(
                        "POST",
                        "/api/v1/findings/" + findingOfA + "/acknowledge",
                        Map.of("reason", "expected"),
                        "Authorization",
                        orgA.get(Role.VIEWER)),
                403,
                "FORBIDDEN");
        Answer acknowledged = http.sendJson(
                "POST",
                "/api/v1/findings/" + findingOfA + "/acknowledge",
                Map.of("reason", "expected"),
                "Authorization",
                orgA.get(Role.STORE_MANAGER));
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        assertThat(http.sendJson(
                                "POST",
                                "/api/v1/findings/" + findingOfA + "/restore",
                                Map.of(),
                                "Authorization",
                                orgA.get(Role.STORE_MANAGER))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("active");
    }

    @Test
    void rolesGateRenamingAndDeleting() {
        String id = http.post(
                        "/analysis/analyze",
                        new Multipart().field("as_of", "2025-07-01").file("file", PALADIN),
                        "Authorization",
                        orgA.get(Role.STORE_MANAGER))
                .json()
                .get("analysis_id")
                .asText();

        assertProblem(send("PATCH", "/api/v1/analyses/" + id, orgA.get(Role.VIEWER)), 403, "FORBIDDEN");
        assertProblem(http.get("/api/v1/audit", "Authorization", orgA.get(Role.STORE_MANAGER)), 403, "FORBIDDEN");
        assertThat(send("PATCH", "/api/v1/analyses/" + id, orgA.get(Role.STORE_MANAGER))
                        .status())
                .isEqualTo(200);
        assertProblem(send("DELETE", "/api/v1/analyses/" + id, orgA.get(Role.STORE_MANAGER)), 403, "FORBIDDEN");
        assertThat(send("DELETE", "/api/v1/analyses/" + id, orgA.get(Role.ORG_ADMIN))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void theFreeTiersEleventhAnalysisInAnHourIsRefusedWithWhenToRetry() {
        String token = bearer("limits@d.example");
        for (int count = 1; count <= 10; count++) {
            Answer accepted = http.post(
                    "/analysis/analyze",
                    new Multipart().field("as_of", "2025-07-01").file("file", PALADIN),
                    "Authorization",
                    token);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
            assertThat(accepted.header("RateLimit-Policy"))
                    .isEqualTo("\"analyses-hour\";q=10;w=3600, \"analyses-day\";q=100;w=86400");
            assertThat(accepted.header("RateLimit")).startsWith("\"analyses-hour\";r=" + (10 - count + 1) + ";t=");
        }

        Answer refused = http.post(
                "/analysis/analyze",
                new Multipart().field("as_of", "2025-07-01").file("file", PALADIN),
                "Authorization",
                token);

        assertProblem(refused, 429, "RATE_LIMITED");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(3_000L, 3_600L);
        assertThat(refused.header("RateLimit")).startsWith("\"analyses-hour\";r=0;t=");
        JsonNode body = refused.json();
        assertThat(body.get("retry_after_seconds").asLong()).isEqualTo(retryAfter);
        assertThat(body.get("upgrade_url").asText()).isEqualTo("/settings/plan?upgrade=pro");
        assertThat(body.at("/details/limit/name").asText()).isEqualTo("analyses-hour");
        assertThat(body.at("/details/limit/used").asInt()).isEqualTo(10);
        assertThat(body.get("detail").asText()).startsWith("Your plan allows 10 analyses per hour. Try again in ");
        assertThat(http.get("/api/v1/analyses", "Authorization", token)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void aFreeOrgHasOneStoreAndOnlyAdminsCreateStores() {
        assertProblem(
                http.sendJson(
                        "POST", "/api/v1/stores", Map.of("name", "Second"), "Authorization", orgA.get(Role.VIEWER)),
                403,
                "FORBIDDEN");
        Answer refused = http.sendJson(
                "POST", "/api/v1/stores", Map.of("name", "Second"), "Authorization", orgA.get(Role.OWNER));
        assertProblem(refused, 403, "TIER_REQUIRED");
        assertThat(refused.json().get("upgrade_url").asText()).isEqualTo("/settings/plan?upgrade=pro");
        assertThat(http.get("/api/v1/stores", "Authorization", orgB.get(Role.OWNER))
                        .text())
                .doesNotContain(storeOfA);
    }

    @Test
    void apiKeysAuthenticateWithinTheirScopesUntilRevoked() {
        Directory directory = services.directory();
        Organization pro = directory.createOrganization("Pro Stores", Tier.PRO);
        User owner = directory.createUser("owner@pro.example", "Pro Owner", false);
        directory.putMember(pro.id(), owner.id(), Role.OWNER);
        directory.createStore(pro.id(), "Main Store", Store.DEFAULT_TIMEZONE);
        String token = bearer("owner@pro.example");

        Answer tiered = http.sendJson(
                "POST",
                "/api/v1/api-keys",
                Map.of("name", "CI", "scopes", List.of("analyses:read"), "tier", "enterprise"),
                "Authorization",
                token);
        assertProblem(tiered, 422, "VALIDATION_FAILED");
        assertThat(tiered.json().at("/errors/0/code").asText()).isEqualTo("unknown_field");
        Answer created = http.sendJson(
                "POST",
                "/api/v1/api-keys",
                Map.of("name", "CI", "scopes", List.of("analyses:read", "stores:read")),
                "Authorization",
                token);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String secret = created.json().get("key").asText();
        String keyId = created.json().at("/record/key_id").asText();
        assertThat(secret).matches("ps_live_[0-9a-f]{48}");
        assertThat(keyId).matches("key_[0-9a-f]{12}");
        assertThat(http.get("/api/v1/api-keys", "Authorization", token).text())
                .contains(keyId)
                .doesNotContain(secret);

        assertThat(http.get("/api/v1/analyses", "Authorization", "Bearer " + secret)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/me", "X-API-Key", secret)
                        .json()
                        .get("auth_method")
                        .asText())
                .isEqualTo("api_key");
        assertProblem(
                http.sendJson("POST", "/api/v1/stores", Map.of("name", "Second"), "X-API-Key", secret),
                403,
                "SCOPE_MISSING");
        assertProblem(http.get("/api/v1/api-keys", "X-API-Key", secret), 403, "FORBIDDEN");
        assertProblem(http.get("/api/v1/audit", "X-API-Key", secret), 403, "FORBIDDEN");
        assertProblem(
                http.get("/api/v1/analyses", "Authorization", "Bearer ps_live_" + "0".repeat(48)),
                401,
                "API_KEY_INVALID");

        Answer revoked = http.delete("/api/v1/api-keys/" + keyId, "Authorization", token);
        assertThat(revoked.json().get("message").asText()).isEqualTo("API key revoked");
        assertProblem(http.get("/api/v1/analyses", "Authorization", "Bearer " + secret), 401, "API_KEY_REVOKED");
        assertProblem(
                http.sendJson(
                        "POST",
                        "/api/v1/api-keys",
                        Map.of("name", "CI", "scopes", List.of("analyses:read")),
                        "Authorization",
                        orgA.get(Role.OWNER)),
                403,
                "TIER_REQUIRED");
    }

    private Answer call(String method, String path, String authorization) {
        return switch (method) {
            case "POST" -> http.post(path, new Multipart().field("sheet", "Sheet1"), "Authorization", authorization);
            case "GET" -> http.get(path, "Authorization", authorization);
            default -> send(method, path, authorization);
        };
    }

    private Answer send(String method, String path, String authorization) {
        return http.sendJson(method, path, Map.of("label", "renamed"), "Authorization", authorization);
    }
}
