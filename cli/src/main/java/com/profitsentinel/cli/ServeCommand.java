package com.profitsentinel.cli;

import com.profitsentinel.app.account.PasswordHasher;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import com.profitsentinel.server.SentinelServer;
import com.profitsentinel.server.ServerSettings;
import com.profitsentinel.server.Services;
import com.profitsentinel.store.Database;
import com.profitsentinel.store.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./sentinel serve}: the server on 127.0.0.1:8001 in dev mode with the embedded database under {@code ./data}
 * (operations.md §16 for every setting). Runs until interrupted, then stops gracefully.
 */
@Command(
        name = "serve",
        description = "Start the server: REST API on http://127.0.0.1:8001, dev mode, embedded database in ./data.",
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default ./data).")
    @Nullable
    Path dataDir;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default 127.0.0.1).")
    @Nullable
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default 8001; 0 picks a free one).")
    @Nullable
    Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (YAML).")
    @Nullable
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set uploads.max_file_mb=100.")
    List<String> sets = List.of();

    @Option(
            names = "--audit-verify",
            description = "Check the audit log's hash chain in the configured database, print the result and exit"
                    + " (0 intact, 1 broken).")
    boolean auditVerify;

    @Option(
            names = "--add-account",
            paramLabel = "EMAIL",
            description = "Create a local account (production sign-in) as the owner of a new org, then exit. The"
                    + " password is read from PS_ACCOUNT_PASSWORD or the first line of standard input (12+"
                    + " characters).")
    @Nullable
    String addAccount;

    @Option(names = "--account-name", paramLabel = "NAME", description = "With --add-account: the person's name.")
    String accountName = "Owner";

    @Option(
            names = "--account-org",
            paramLabel = "ORG",
            description = "With --add-account: the name of the new org (it gets a store \"Main Store\").")
    String accountOrg = "My Stores";

    private final Output output;

    ServeCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = settings();
        settings.validateForStart();
        DatabaseSettings databaseSettings = settings.databaseUrl().isBlank()
                ? DatabaseSettings.embedded(settings.dataDir())
                : DatabaseSettings.postgresql(
                        settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        Database database = Database.open(databaseSettings
                .withMaxPoolSize(settings.databasePoolMax())
                .withMigrateOnStart(settings.migrateOnStart()));
        if (addAccount != null) {
            try (database) {
                return addAccount(database, addAccount);
            }
        }
        if (auditVerify) {
            try (database) {
                Optional<Long> broken = database.auditLog().firstBroken();
                output.text(broken.map(sequence -> "audit chain broken at event " + sequence + "\n")
                        .orElse("audit chain intact\n"));
                return broken.isPresent() ? ExitCodes.INTERNAL : ExitCodes.OK;
            }
        }
        SentinelServer server;
        try {
            server = SentinelServer.start(
                    settings,
                    new Services(
                            database.directory(),
                            database.uploads(),
                            database.analyses(),
                            database.rateEvents(),
                            database.auditLog(),
                            database.apiKeys(),
                            database.findings(),
                            database.configs(),
                            database.accounts(),
                            database.savedMappings(),
                            database.idempotencyKeys(),
                            database.kind(),
                            database::ping),
                    version(),
                    Clock.systemUTC(),
                    output.err());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }));
        output.err()
                .println("Profit Sentinel " + version() + " serving on http://" + settings.host() + ":" + server.port()
                        + " (" + settings.authMode().name().toLowerCase(java.util.Locale.ROOT) + " mode, "
                        + database + ", data in "
                        + settings.dataDir().toAbsolutePath().normalize() + ")");
        output.err()
                .println("Try: curl -F file=@export.csv http://" + settings.host() + ":" + server.port()
                        + "/analysis/analyze");
        stopped.await();
        return ExitCodes.OK;
    }

    /** Creates a local account owning a new org; exit 2 for a taken e-mail or a weak password. */
    private int addAccount(Database database, String email) {
        String password =
                Optional.ofNullable(System.getenv("PS_ACCOUNT_PASSWORD")).orElseGet(this::firstLineOfInput);
        Optional<String> weakness = PasswordHasher.weakness(password);
        if (weakness.isPresent()) {
            throw FileOptions.usage(weakness.get());
        }
        if (!email.contains("@")) {
            throw FileOptions.usage("--add-account takes an e-mail address, not \"" + email + "\"");
        }
        Directory directory = database.directory();
        if (directory.userByEmail(email).isPresent()) {
            throw FileOptions.usage("an account with the e-mail " + email + " already exists");
        }
        User user = directory.createUser(email, accountName, false);
        database.accounts().setPasswordHash(user.id(), new PasswordHasher().hash(password), java.time.Instant.now());
        Organization organization = directory.createOrganization(accountOrg, Tier.FREE);
        directory.putMember(organization.id(), user.id(), Role.OWNER);
        directory.createStore(organization.id(), "Main Store", Store.DEFAULT_TIMEZONE);
        output.text("created " + email + ", owner of \"" + accountOrg + "\" (sign in at /login)\n");
        return ExitCodes.OK;
    }

    private String firstLineOfInput() {
        try {
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (java.io.IOException e) {
            throw FileOptions.usage("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** Defaults, then the configuration file, then PS_* variables, then --set and the options above. */
    ServerSettings settings() {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String pair : sets) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw FileOptions.usage("--set takes key=value, not \"" + pair + "\"");
            }
            overrides.put(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        if (dataDir != null) {
            overrides.put("data.dir", dataDir.toString());
        }
        if (host != null) {
            overrides.put("server.host", host);
        }
        if (port != null) {
            overrides.put("server.port", String.valueOf(port));
        }
        return ServerSettings.load(configFile(overrides), System.getenv(), overrides);
    }

    private Optional<Path> configFile(Map<String, String> overrides) {
        if (config != null) {
            return Optional.of(config);
        }
        String fromEnvironment = System.getenv("PS_CONFIG_FILE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(Path.of(fromEnvironment));
        }
        Path local = Path.of("profit-sentinel.yaml");
        if (Files.isRegularFile(local)) {
            return Optional.of(local);
        }
        String data = overrides.getOrDefault(
                "data.dir", Optional.ofNullable(System.getenv("PS_DATA_DIR")).orElse("./data"));
        Path inData = Path.of(data).resolve("profit-sentinel.yaml");
        return Files.isRegularFile(inData) ? Optional.of(inData) : Optional.empty();
    }

    private static String version() {
        try {
            return new Sentinel.Version().getVersion()[0].replace("Profit Sentinel ", "");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
