package com.profitsentinel.server;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.analysis.Analyses;
import com.profitsentinel.server.analysis.LegacyAnalysisRoutes;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.auth.DevIdentity;
import com.profitsentinel.server.health.HealthRoutes;
import com.profitsentinel.server.history.AnalysisRoutes;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.Problems;
import com.profitsentinel.server.http.RequestIds;
import com.profitsentinel.server.mapping.MappingRoutes;
import com.profitsentinel.server.uploads.PolicySigner;
import com.profitsentinel.server.uploads.UploadRoutes;
import com.profitsentinel.server.uploads.UploadStorage;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP server of {@code ./sentinel serve}: Javalin on virtual threads with every route of this version, errors as
 * problem documents, a request id on every answer, gzip for large bodies, graceful stop.
 */
public final class SentinelServer implements AutoCloseable {
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Javalin app;
    private final PrintStream log;
    private final Analyses analyses;

    private SentinelServer(Javalin app, PrintStream log, Analyses analyses) {
        this.app = app;
        this.log = log;
        this.analyses = analyses;
    }

    /**
     * Starts the server and returns once it accepts connections.
     *
     * @param version the product version shown by {@code /health}
     * @param log where access lines and errors go
     */
    public static SentinelServer start(
            ServerSettings settings, Services services, String version, Clock clock, PrintStream log) {
        settings.validateForStart();
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
        Callers callers = new Callers(DevIdentity.ensure(services.directory()), settings.devAllowRemote());
        UploadRoutes uploads = new UploadRoutes(services, storage, signer, settings, callers, clock);
        Analyses analyses = new Analyses(services, storage, settings, clock);
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
            config.requestLogger.http((context, millis) -> log.printf(
                    Locale.ROOT,
                    "%s %s %d %.1f ms request_id=%s%s%n",
                    context.method(),
                    context.path(),
                    context.statusCode(),
                    millis,
                    context.attribute(RequestIds.HEADER),
                    timing(context)));
        });
        SentinelServer server = new SentinelServer(app, log, analyses);
        app.before(context -> {
            String id = RequestIds.accept(context.header(RequestIds.HEADER));
            context.attribute(RequestIds.HEADER, id);
            context.header(RequestIds.HEADER, id);
        });
        app.exception(ProfitSentinelException.class, server::problem);
        app.exception(HttpResponseException.class, server::httpProblem);
        app.exception(Exception.class, server::unexpected);
        new HealthRoutes(services, storage, settings, version, clock).register(app);
        uploads.register(app);
        new LegacyAnalysisRoutes(services, analyses, uploads, callers).register(app);
        new AnalysisRoutes(services, callers).register(app);
        new MappingRoutes(services, storage, settings, callers, clock).register(app);
        app.start();
        return server;
    }

    /** The answer's {@code Server-Timing}, for the access line. */
    private static String timing(Context context) {
        @Nullable String timing = context.res().getHeader("Server-Timing");
        return timing == null ? "" : " timing=\"" + timing + "\"";
    }

    /** The port the server listens on (the configured one, or the one chosen for port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, lets running requests finish (up to 30 s) and stops. */
    @Override
    public void close() {
        app.stop();
        analyses.close();
    }

    private void problem(ProfitSentinelException error, Context context) {
        String reference = Problems.status(error.code()) >= 500 ? reference() : "";
        if (!reference.isEmpty()) {
            log.println("ERROR " + error.code() + " ref=" + reference + " request_id="
                    + context.attribute(RequestIds.HEADER) + ": " + error.getMessage());
            @Nullable Throwable cause = error.getCause();
            if (cause != null) {
                cause.printStackTrace(log);
            }
        }
        @Nullable String attribute = context.attribute(RequestIds.HEADER);
        String requestId = attribute == null ? "" : attribute;
        context.status(Problems.status(error.code()))
                .contentType(Problems.MEDIA_TYPE)
                .result(Json.bytes(Problems.body(error, context.path(), requestId, reference)));
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
        StringBuilder reference = new StringBuilder(8);
        for (int index = 0; index < 8; index++) {
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
