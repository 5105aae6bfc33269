package com.profitsentinel.server;

import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.rules.Engines;
import com.profitsentinel.server.analysis.Analyses;
import com.profitsentinel.server.analysis.AnalysisRuns;
import com.profitsentinel.server.analysis.LegacyAnalysisRoutes;
import com.profitsentinel.server.apikeys.ApiKeyRoutes;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.audit.AuditRoutes;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.auth.DevIdentity;
import com.profitsentinel.server.auth.JwtVerifier;
import com.profitsentinel.server.auth.SignInRoutes;
import com.profitsentinel.server.config.ConfigRoutes;
import com.profitsentinel.server.dashboard.DashboardRoutes;
import com.profitsentinel.server.digest.DigestRoutes;
import com.profitsentinel.server.findings.ExplainRoutes;
import com.profitsentinel.server.findings.FindingRoutes;
import com.profitsentinel.server.health.HealthRoutes;
import com.profitsentinel.server.history.AnalysisRoutes;
import com.profitsentinel.server.history.CompareRoutes;
import com.profitsentinel.server.http.Cors;
import com.profitsentinel.server.http.Idempotency;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.Problems;
import com.profitsentinel.server.http.RequestIds;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.http.RouteTable;
import com.profitsentinel.server.http.ServerLog;
import com.profitsentinel.server.limits.Limiter;
import com.profitsentinel.server.mapping.MappingRoutes;
import com.profitsentinel.server.mapping.SavedMappingRoutes;
import com.profitsentinel.server.members.MemberRoutes;
import com.profitsentinel.server.metrics.Metrics;
import com.profitsentinel.server.metrics.MetricsRoutes;
import com.profitsentinel.server.stores.RegionRoutes;
import com.profitsentinel.server.stores.StoreRoutes;
import com.profitsentinel.server.uploads.PolicySigner;
import com.profitsentinel.server.uploads.RetentionSweeper;
import com.profitsentinel.server.uploads.UploadRoutes;
import com.profitsentinel.server.uploads.UploadStorage;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP server of {@code ./sentinel serve}: Javalin on virtual threads with every route of this version, errors as
 * problem documents, a request id on every answer, gzip for large bodies, graceful stop.
 */
public final class SentinelServer implements AutoCloseable {

    private final Javalin app;
    private final ServerLog log;
    private final Analyses analyses;
    private final RetentionSweeper sweeper;
    private final Metrics metrics;
    private final List<Route> routes;

    private SentinelServer(
            Javalin app,
            ServerLog log,
            Analyses analyses,
            RetentionSweeper sweeper,
            Metrics metrics,
            List<Route> routes) {
        this.app = app;
        this.routes = routes;
        this.log = log;
        this.analyses = analyses;
        this.sweeper = sweeper;
        this.metrics = metrics;
    }

    /**
     * Starts the server and returns once it accepts connections.
     *
     * @param version the product version shown by {@code /health}
     * @param log where access lines and errors go
     */
    public static SentinelServer start(
            ServerSettings settings, Services services, String version, Clock clock, PrintStream log) {
        return start(settings, services, version, clock, log, Engines.all());
    }

    /** As above, with the engines the server may run (the registry's by default), looked up by id. */
    public static SentinelServer start(
            ServerSettings settings,
            Services services,
            String version,
            Clock clock,
            PrintStream log,
            List<Engine> engines) {
        settings.validateForStart();
        ServerLog serverLog = new ServerLog(log, settings.logFormat(), clock);
        Path dataDir = settings.dataDir().toAbsolutePath();
        Path temporary = dataDir.resolve("tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("the data directory " + dataDir + " cannot be created", e);
        }
        UploadStorage storage = new UploadStorage(dataDir.resolve("uploads"));
        PolicySigner signer =
                PolicySigner.fromKeyFile(dataDir.resolve("secrets").resolve("upload-policy.key"));
        Callers callers = callers(settings, services, clock);
        Metrics metrics = new Metrics(version, services.databaseUp(), storage::freeBytes);
        Limiter limiter = new Limiter(services.rateEvents(), settings.tiersEnforced(), clock);
        Audit audit = new Audit(services.auditLog(), clock);
        UploadRoutes uploads =
                new UploadRoutes(services, storage, signer, settings, callers, clock, metrics, limiter, audit);
        Analyses analyses = new Analyses(services, storage, settings, clock, metrics, engines);
        long maxFileBytes = settings.maxFileBytes();
        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.gzipOnlyCompression();
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.jetty.multipartConfig.cacheDirectory(temporary.toString());
            config.jetty.multipartConfig.maxFileSize(maxFileBytes + (1 << 20), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(6 * maxFileBytes + (1 << 20), SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setStopTimeout(30_000));
            config.requestLogger.http((context, millis) -> {
                metrics.request(
                        context.method().name(), routeTemplate(context), context.statusCode(), Duration.ofNanos((long)
                                (millis * 1_000_000)));
                @Nullable String requestId = context.attribute(RequestIds.HEADER);
                @Nullable String timing = context.res().getHeader("Server-Timing");
                serverLog.access(
                        context.method().name(),
                        context.path(),
                        routeTemplate(context),
                        context.statusCode(),
                        millis,
                        requestId == null ? "" : requestId,
                        timing == null ? "" : timing);
            });
        });
        RetentionSweeper sweeper = new RetentionSweeper(
                services.uploads(),
                services.rateEvents(),
                services.analyses(),
                services.accounts(),
                services.idempotencyKeys(),
                storage,
                clock,
                serverLog,
                metrics,
                audit);
        AnalysisRuns runs = new AnalysisRuns(analyses, limiter, audit);
        RouteTable table = new RouteTable()
                .add(new HealthRoutes(services, storage, settings, version, clock).routes())
                .add(uploads.routes())
                .add(new LegacyAnalysisRoutes(services, runs, uploads, callers, limiter).routes())
                .add(new CompareRoutes(services, callers).routes())
                .add(new AnalysisRoutes(services, callers, audit, runs, uploads).routes())
                .add(new FindingRoutes(services, callers, audit, clock).routes())
                .add(new ExplainRoutes(services, callers).routes())
                .add(new DigestRoutes(services, callers, clock).routes())
                .add(new SavedMappingRoutes(services, callers, audit).routes())
                .add(new MemberRoutes(services, callers, audit).routes())
                .add(new RegionRoutes(services, callers, audit).routes())
                .add(new DashboardRoutes(services, callers, clock).routes())
                .add(new SignInRoutes(
                                services.directory(),
                                callers,
                                services.accounts(),
                                services.rateEvents(),
                                audit,
                                clock,
                                settings.authMode() == ServerSettings.AuthMode.PRODUCTION,
                                settings.signupEnabled(),
                                settings.secureCookie())
                        .routes())
                .add(new ConfigRoutes(services, callers, audit, clock, settings.storeManagersMayEditConfig()).routes())
                .add(new StoreRoutes(services, callers, limiter, audit).routes())
                .add(new AuditRoutes(services.auditLog(), callers).routes())
                .add(new ApiKeyRoutes(services, callers, audit, settings.tiersEnforced(), clock).routes())
                .add(new MappingRoutes(services, storage, settings, callers, clock).routes())
                .add(new MetricsRoutes(metrics, settings.metricsToken()).routes());
        table.add(documentation(table, version));
        SentinelServer server = new SentinelServer(app, serverLog, analyses, sweeper, metrics, table.routes());
        Cors cors = new Cors(settings.corsOrigins());
        app.before(context -> {
            cors.apply(context);
            String id = RequestIds.accept(context.header(RequestIds.HEADER));
            context.attribute(RequestIds.HEADER, id);
            context.header(RequestIds.HEADER, id);
        });
        app.exception(ProfitSentinelException.class, server::problem);
        app.exception(HttpResponseException.class, server::httpProblem);
        app.exception(Exception.class, server::unexpected);
        Idempotency idempotency = new Idempotency(
                services.idempotencyKeys(),
                context -> {
                    Caller caller = callers.of(context);
                    return caller.organization().id() + "|" + caller.user().id() + "|"
                            + caller.apiKey().map(key -> key.keyId()).orElse(caller.method());
                },
                clock);
        table.register(app, idempotency::handler);
        app.options("/*", cors::preflight);
        app.start();
        sweeper.start();
        return server;
    }

    /** {@code /openapi.json} (generated from the route table) and {@code /docs} (a page rendering it). */
    private static List<Route> documentation(RouteTable table, String version) {
        byte[] page;
        try (InputStream stream = SentinelServer.class.getResourceAsStream("http/docs.html")) {
            if (stream == null) {
                throw new IllegalStateException("the API page is missing from the build");
            }
            page = stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(
                Route.get(
                        "/openapi.json",
                        "getOpenApi",
                        "This OpenAPI 3.1 document, generated from the routes the server registers",
                        "infrastructure",
                        "public",
                        "OpenApi",
                        List.of(),
                        context -> Responses.json(context, 200, table.openApi(version))),
                Route.get(
                        "/docs",
                        "getApiPage",
                        "A page listing every route, rendered from /openapi.json",
                        "infrastructure",
                        "public",
                        "Html",
                        List.of(),
                        context ->
                                context.contentType("text/html; charset=utf-8").result(page)));
    }

    /** Who may call: the local user in dev mode, bearer JWTs in production (operations.md §9). */
    private static Callers callers(ServerSettings settings, Services services, Clock clock) {
        return switch (settings.authMode()) {
            case DEV -> Callers.dev(DevIdentity.ensure(services.directory()), settings.devAllowRemote());
            case PRODUCTION -> {
                ServerSettings.Jwt jwt = settings.jwt();
                Optional<JwtVerifier> verifier =
                        jwt.secret().isEmpty() && jwt.jwksUrl().isEmpty()
                                ? Optional.empty()
                                : Optional.of(new JwtVerifier(
                                        jwt.secret(),
                                        jwksUrl(jwt.jwksUrl()),
                                        Optional.of(jwt.issuer()).filter(text -> !text.isEmpty()),
                                        Optional.of(jwt.audience()).filter(text -> !text.isEmpty()),
                                        Duration.ofSeconds(jwt.clockSkewSeconds()),
                                        jwt.emailClaim(),
                                        clock));
                yield Callers.production(
                        services.directory(),
                        verifier,
                        jwt.autoProvision(),
                        jwt.autoCreateOrg(),
                        services.apiKeys(),
                        services.accounts(),
                        clock);
            }
        };
    }

    private static Optional<java.net.URL> jwksUrl(String text) {
        try {
            return text.isEmpty()
                    ? Optional.empty()
                    : Optional.of(java.net.URI.create(text).toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("auth.jwt.jwks_url is not a URL: " + text, e);
        }
    }

    /** The matched route's template ({@code /api/v1/analyses/{id}}), a bounded metrics label. */
    private static String routeTemplate(Context context) {
        try {
            String template = context.endpointHandlerPath();
            return template.isEmpty() || template.equals("*") ? "unmatched" : template;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** The port the server listens on (the configured one, or the one chosen for port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, lets running requests finish (up to 30 s) and stops. */
    @Override
    public void close() {
        sweeper.close();
        app.stop();
        analyses.close();
        metrics.close();
    }

    /** The routes of this server, as declared (for tests that walk every route). */
    public List<Route> routes() {
        return routes;
    }

    /** Every route the router serves, as {@code METHOD path} (what {@code /openapi.json} must document). */
    public List<String> registeredRoutes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                        .contains(parsed.getEndpoint().getMethod().name()))
                .map(parsed -> parsed.getEndpoint().getMethod().name() + " "
                        + parsed.getEndpoint().getPath())
                .sorted()
                .toList();
    }

    /** Deletes the uploads whose retention ended before {@code now} (the scheduled sweep, on demand). */
    public int sweepUploads(Instant now) {
        return sweeper.sweep(now);
    }

    private void problem(ProfitSentinelException error, Context context) {
        @Nullable String attribute = context.attribute(RequestIds.HEADER);
        String requestId = attribute == null ? "" : attribute;
        // a reference already given (a failed analysis stored under it) is kept, so that support finds both
        String reference = error.details().get("reference") instanceof String given
                ? given
                : Problems.status(error.code()) >= 500 ? reference() : "";
        if (!reference.isEmpty()) {
            log.error(error.code().name(), reference, requestId, String.valueOf(error.getMessage()), error.getCause());
        }
        if (error.code() == ErrorCode.DATABASE_UNAVAILABLE) {
            // operations.md §18: the database may come back; clients retry after half a minute
            context.header("Retry-After", "30");
        }
        context.status(Problems.status(error.code()))
                .contentType(Problems.MEDIA_TYPE)
                .result(Json.bytes(Problems.body(Problems.forClients(error), context.path(), requestId, reference)));
    }

    private void httpProblem(HttpResponseException error, Context context) {
        ErrorCode code =
                switch (error.getStatus()) {
                    case 404 -> ErrorCode.NOT_FOUND;
                    case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                    case 413 -> ErrorCode.FILE_TOO_LARGE;
                    case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                    default -> error.getStatus() >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
                };
        String message =
                switch (code) {
                    case NOT_FOUND -> "No such resource: " + context.path();
                    case METHOD_NOT_ALLOWED -> context.method() + " is not allowed on " + context.path();
                    case FILE_TOO_LARGE -> "The request is larger than the largest file accepted.";
                    default -> "The request could not be processed.";
                };
        problem(new ProfitSentinelException(code, message), context);
    }

    private void unexpected(Exception error, Context context) {
        ErrorCode code = isMultipartLimit(error) ? ErrorCode.FILE_TOO_LARGE : ErrorCode.INTERNAL_ERROR;
        String message = code == ErrorCode.FILE_TOO_LARGE
                ? "The file is larger than the largest file accepted."
                : "Something went wrong on our side.";
        problem(new ProfitSentinelException(code, message, error), context);
    }

    private static boolean isMultipartLimit(Throwable error) {
        for (@Nullable Throwable cause = error; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            if (cause instanceof IllegalStateException && text.contains("exceeds")) {
                return true;
            }
        }
        return false;
    }

    /** An 8-character support reference (api.md §2), logged with the error. */
    static String reference() {
        return Problems.newReference();
    }
}
