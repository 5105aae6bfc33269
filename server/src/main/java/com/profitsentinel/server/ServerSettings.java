package com.profitsentinel.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.http.Addresses;
import com.profitsentinel.server.http.ServerLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The server's configuration (operations.md §16): built-in defaults, then the configuration file, then environment
 * variables ({@code PS_} + the key upper-cased, dots and dashes as underscores), then {@code --set key=value}; later
 * wins. An invalid value stops start-up with exit code 78 naming the key.
 *
 * @param authMode {@code dev} (one local org and user, loopback only) or {@code production}
 * @param maxFileBytes largest upload accepted
 * @param retentionHours uploads are deleted at the latest this many hours after upload (at most 24)
 * @param databaseUrl empty for the embedded database under {@code dataDir}
 * @param documentFindings how many findings (the largest) an analysis's stored documents and its legacy answer list
 *     (docs/decisions/0013)
 * @param storeManagersMayEditConfig whether store managers may change their own stores' configuration (else org
 *     admins only)
 * @param signupEnabled whether anyone may create an account and an org of their own (production mode)
 * @param secureCookie whether the sign-in cookie is marked {@code Secure} (HTTPS only; off for plain-HTTP test setups)
 * @param storedFindings how many findings (the largest) an analysis keeps in rows for the findings endpoints
 *     (docs/decisions/0014)
 * @param jwt bearer-token settings of production mode
 * @param corsOrigins {@code server.cors.allowed_origins}: origins that get CORS headers (none by default)
 * @param logFormat {@code logging.format}: JSON lines by default in production, text in dev mode
 * @param tiersEnforced whether the plans' limits apply ({@code tiers.enforce}; by default in production mode only)
 * @param metricsToken when not empty, {@code Authorization: Bearer <token>} also opens {@code /metrics} to non-loopback
 *     callers
 */
public record ServerSettings(
        String host,
        int port,
        Path dataDir,
        AuthMode authMode,
        boolean devAllowRemote,
        long maxFileBytes,
        long maxRows,
        int retentionHours,
        int deleteAfterAnalysisMinutes,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolMax,
        boolean migrateOnStart,
        int engineTimeoutSeconds,
        int documentFindings,
        int storedFindings,
        boolean storeManagersMayEditConfig,
        boolean signupEnabled,
        boolean secureCookie,
        String metricsToken,
        Jwt jwt,
        boolean tiersEnforced,
        ServerLog.Format logFormat,
        List<String> corsOrigins) {

    /**
     * Bearer JWT settings (operations.md §9.2, §16 {@code auth.jwt.*}).
     *
     * @param secret the HS256 secret, at least 32 bytes; empty when JWTs are off
     */
    public record Jwt(
            String secret,
            String jwksUrl,
            String issuer,
            String audience,
            int clockSkewSeconds,
            String emailClaim,
            boolean autoProvision,
            boolean autoCreateOrg) {
        public Jwt {
            requireNonNull(secret, "secret is null");
            requireNonNull(jwksUrl, "jwksUrl is null");
            requireNonNull(issuer, "issuer is null");
            requireNonNull(audience, "audience is null");
            requireNonNull(emailClaim, "emailClaim is null");
        }
    }

    /** The two authentication modes of operations.md §9. */
    public enum AuthMode {
        DEV,
        PRODUCTION
    }

    /** Every key this version understands, with its default. */
    static final Map<String, String> DEFAULTS = defaults();

    public ServerSettings {
        requireNonNull(host, "host is null");
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(authMode, "authMode is null");
        requireNonNull(databaseUrl, "databaseUrl is null");
        requireNonNull(databaseUser, "databaseUser is null");
        requireNonNull(databasePassword, "databasePassword is null");
        requireNonNull(metricsToken, "metricsToken is null");
        requireNonNull(jwt, "jwt is null");
        requireNonNull(logFormat, "logFormat is null");
        corsOrigins = List.copyOf(corsOrigins);
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("server.host", "127.0.0.1");
        defaults.put("server.port", "8001");
        defaults.put("data.dir", "./data");
        defaults.put("auth.mode", "dev");
        defaults.put("auth.dev.allow_remote", "false");
        defaults.put("uploads.max_file_mb", "50");
        defaults.put("uploads.max_rows", "500000");
        defaults.put("uploads.retention_hours", "24");
        defaults.put("uploads.delete_after_analysis_minutes", "0");
        defaults.put("db.url", "");
        defaults.put("db.user", "");
        defaults.put("db.password", "");
        defaults.put("db.pool.max", "10");
        defaults.put("db.migrate_on_start", "true");
        defaults.put("engine.timeout_seconds", "300");
        defaults.put("analysis.document_findings", "1000");
        defaults.put("analysis.stored_findings", "25000");
        defaults.put("config.store_managers_may_edit", "false");
        defaults.put("metrics.token", "");
        defaults.put("tiers.enforce", "");
        defaults.put("logging.format", "");
        defaults.put("server.cors.allowed_origins", "");
        defaults.put("auth.jwt.hs256_secret", "");
        defaults.put("auth.jwt.jwks_url", "");
        defaults.put("auth.signup.enabled", "false");
        defaults.put("auth.cookie.secure", "true");
        defaults.put("auth.jwt.issuer", "");
        defaults.put("auth.jwt.audience", "");
        defaults.put("auth.jwt.clock_skew_seconds", "60");
        defaults.put("auth.jwt.email_claim", "email");
        defaults.put("auth.jwt.auto_provision", "true");
        defaults.put("auth.jwt.auto_create_org", "true");
        return Map.copyOf(defaults);
    }

    /** The settings with every default (dev mode, embedded database under {@code ./data}). */
    public static ServerSettings defaultSettings() {
        return from(Map.of());
    }

    /**
     * Loads the settings from the sources of operations.md §16.
     *
     * @param file the configuration file, when one was given or found
     * @param environment the process environment
     * @param overrides {@code --set key=value} pairs
     */
    public static ServerSettings load(
            Optional<Path> file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        file.ifPresent(path -> values.putAll(readFile(path)));
        for (String key : DEFAULTS.keySet()) {
            String name = "PS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String value = environment.get(name);
            if (value != null) {
                values.put(key, value);
            }
        }
        values.putAll(overrides);
        return from(values);
    }

    /** Settings from explicit values over the defaults; an unknown key is refused (a typo must not go unnoticed). */
    public static ServerSettings from(Map<String, String> values) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(DEFAULTS.keySet());
        if (!unknown.isEmpty()) {
            throw invalid(unknown.iterator().next(), "is not a setting this version knows");
        }
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(values);
        Reader reader = new Reader(merged);
        AuthMode mode =
                switch (reader.text("auth.mode").toLowerCase(Locale.ROOT)) {
                    case "dev" -> AuthMode.DEV;
                    case "production" -> AuthMode.PRODUCTION;
                    default ->
                        throw invalid(
                                "auth.mode", "must be dev or production, not \"" + merged.get("auth.mode") + "\"");
                };
        int retention = reader.integer("uploads.retention_hours", 1, 24);
        return new ServerSettings(
                reader.text("server.host"),
                reader.integer("server.port", 0, 65_535),
                Path.of(reader.text("data.dir")),
                mode,
                reader.bool("auth.dev.allow_remote"),
                Math.multiplyExact(reader.integer("uploads.max_file_mb", 1, 10_000), 1L << 20),
                reader.integer("uploads.max_rows", 1, 100_000_000),
                retention,
                reader.integer("uploads.delete_after_analysis_minutes", 0, retention * 60),
                reader.text("db.url"),
                reader.text("db.user"),
                reader.text("db.password"),
                reader.integer("db.pool.max", 1, 1_000),
                reader.bool("db.migrate_on_start"),
                reader.integer("engine.timeout_seconds", 1, 86_400),
                reader.integer("analysis.document_findings", 0, 25_000),
                reader.integer("analysis.stored_findings", 0, 100_000),
                reader.bool("config.store_managers_may_edit"),
                reader.bool("auth.signup.enabled"),
                reader.bool("auth.cookie.secure"),
                reader.text("metrics.token"),
                new Jwt(
                        reader.text("auth.jwt.hs256_secret"),
                        jwksUrl(reader.text("auth.jwt.jwks_url")),
                        reader.text("auth.jwt.issuer"),
                        reader.text("auth.jwt.audience"),
                        reader.integer("auth.jwt.clock_skew_seconds", 0, 3_600),
                        reader.text("auth.jwt.email_claim"),
                        reader.bool("auth.jwt.auto_provision"),
                        reader.bool("auth.jwt.auto_create_org")),
                reader.text("tiers.enforce").isEmpty() ? mode == AuthMode.PRODUCTION : reader.bool("tiers.enforce"),
                logFormat(reader.text("logging.format"), mode),
                java.util.Arrays.stream(
                                reader.text("server.cors.allowed_origins").split(","))
                        .map(String::strip)
                        .filter(origin -> !origin.isEmpty())
                        .toList());
    }

    /** The JWKS URL, empty for none; http(s) only. */
    private static String jwksUrl(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw invalid("auth.jwt.jwks_url", "must be an http(s) URL, not \"" + text + "\"");
            }
            uri.toURL();
            return text;
        } catch (java.net.URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
            throw invalid("auth.jwt.jwks_url", "must be an http(s) URL, not \"" + text + "\"");
        }
    }

    private static ServerLog.Format logFormat(String text, AuthMode mode) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> mode == AuthMode.PRODUCTION ? ServerLog.Format.JSON : ServerLog.Format.TEXT;
            case "json" -> ServerLog.Format.JSON;
            case "text" -> ServerLog.Format.TEXT;
            default -> throw invalid("logging.format", "must be json or text, not \"" + text + "\"");
        };
    }

    /**
     * Refuses combinations the server must not start with: dev mode bound to a non-loopback address (unless
     * {@code auth.dev.allow_remote}), production mode without a PostgreSQL URL.
     */
    public void validateForStart() {
        switch (authMode) {
            case DEV -> {
                if (!devAllowRemote && !Addresses.isLoopback(host)) {
                    throw invalid(
                            "server.host",
                            "dev mode serves loopback only; \"" + host
                                    + "\" is not a loopback address (set auth.mode=production, or"
                                    + " auth.dev.allow_remote=true to accept the risk)");
                }
            }
            case PRODUCTION -> {
                // local accounts always sign in; bearer JWTs only with a secret
                if (!jwt.secret().isEmpty()
                        && jwt.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
                    throw invalid("auth.jwt.hs256_secret", "must be at least 32 bytes long");
                }
            }
        }
    }

    /**
     * The configuration file (YAML): nested mappings become dotted keys ({@code server: {port: 8001}} is
     * {@code server.port}), and flat {@code server.port: 8001} lines work too; values are read as text.
     */
    static Map<String, String> readFile(Path path) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_CONFIGURATION,
                    "The configuration file \"" + path + "\" cannot be read as YAML: " + firstLine(e.getMessage()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_CONFIGURATION,
                    "The configuration file \"" + path + "\" must be a mapping of settings (key: value).");
        }
        flatten("", root, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(key, value, values);
            } else if (value.isArray()) {
                List<String> items = new java.util.ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                values.put(key, String.join(",", items));
            } else {
                values.put(key, value.isNull() ? "" : value.asText());
            }
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static ProfitSentinelException invalid(String key, String reason) {
        return new ProfitSentinelException(
                ErrorCode.INVALID_CONFIGURATION, "Invalid setting " + key + ": " + reason + ".", Map.of("key", key));
    }

    /** Typed reads of merged values, naming the key in every error. */
    private record Reader(Map<String, String> values) {
        String text(String key) {
            return values.getOrDefault(key, "").strip();
        }

        int integer(String key, int minimum, int maximum) {
            String text = text(key);
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw invalid(key, "must be a whole number, not \"" + text + "\"");
            }
            if (value < minimum || value > maximum) {
                throw invalid(key, "must be within " + minimum + ".." + maximum + ", not " + value);
            }
            return value;
        }

        boolean bool(String key) {
            return switch (text(key).toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw invalid(key, "must be true or false, not \"" + text(key) + "\"");
            };
        }
    }
}
