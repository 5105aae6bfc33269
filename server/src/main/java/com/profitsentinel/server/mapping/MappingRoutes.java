package com.profitsentinel.server.mapping;

import com.profitsentinel.app.mapping.SavedMappings;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.csv.TextEncoding;
import com.profitsentinel.io.ingest.FilePreview;
import com.profitsentinel.io.ingest.IngestLimits;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import com.profitsentinel.io.normalize.StoreSettings;
import com.profitsentinel.server.ServerSettings;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.uploads.UploadRoutes;
import com.profitsentinel.server.uploads.UploadStorage;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Mapping suggestions for an uploaded file: {@code POST /uploads/suggest-mapping} by upload key (api.md §4.4, legacy
 * vocabulary) and {@code POST /api/v1/uploads/{id}/suggest-mapping} by upload id (api.md §5.2, canonical vocabulary,
 * with the user's {@code sheet}, {@code encoding} and {@code delimiter} overrides). The file is read only as far as its
 * sample ({@link Ingestion#preview}); the answer is built by {@link MappingSuggestions}.
 */
public final class MappingRoutes {
    /** The request fields {@code /api/v1/uploads/{id}/suggest-mapping} takes (others are rejected, api.md §1.2). */
    private static final Set<String> CANONICAL_FIELDS = Set.of("sheet", "encoding", "delimiter", "_csrf");

    private final Services services;
    private final UploadStorage storage;
    private final ServerSettings settings;
    private final Callers callers;
    private final Clock clock;

    public MappingRoutes(
            Services services, UploadStorage storage, ServerSettings settings, Callers callers, Clock clock) {
        this.services = services;
        this.storage = storage;
        this.settings = settings;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        "POST",
                        "/uploads/suggest-mapping",
                        "suggestMapping",
                        "Detect format, POS and file type of an upload and suggest its mapping (legacy names)",
                        "legacy",
                        UploadRoutes.MEMBER,
                        Route.Body.FORM,
                        200,
                        Optional.of("MappingSuggestion"),
                        List.of(400, 404, 410, 413, 422),
                        this::legacy),
                new Route(
                        "POST",
                        "/api/v1/uploads/{id}/suggest-mapping",
                        "suggestUploadMapping",
                        "Suggest the mapping of an upload (canonical names, plus legacy_suggestions)",
                        "v1",
                        "store_manager and above",
                        Route.Body.FORM,
                        200,
                        Optional.of("MappingSuggestion"),
                        List.of(400, 403, 404, 410, 413, 422),
                        this::canonical));
    }

    private void legacy(Context context) {
        Caller caller = callers.of(context);
        Optional<String> key = Responses.form(context, "key");
        Optional<String> filename = Responses.form(context, "filename");
        List<String> missing = new ArrayList<>();
        if (key.isEmpty()) {
            missing.add("key");
        }
        if (filename.isEmpty()) {
            missing.add("filename");
        }
        if (!missing.isEmpty()) {
            throw required(missing);
        }
        Supplier<ProfitSentinelException> notFound = () -> uploadNotFound(key.get());
        Upload upload = services.uploads().byKey(caller.tenant(), key.get()).orElseThrow(notFound);
        FilePreview preview = preview(caller, upload, notFound, Optional.empty(), Optional.empty(), Optional.empty());
        Responses.json(context, 200, MappingSuggestions.legacy(upload.id(), preview));
    }

    private void canonical(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        String id = Responses.path(context, "id");
        // the overrides of columns.md §2: a JSON body (as everywhere on /api/v1), or form fields and query parameters
        Map<String, String> fields = new LinkedHashMap<>();
        if (Optional.ofNullable(context.contentType()).orElse("").startsWith("application/json")) {
            JsonBodies.object(context, List.copyOf(CANONICAL_FIELDS)).forEach((name, value) -> {
                if (value instanceof String text && !text.isBlank()) {
                    fields.put(name, text.strip());
                }
            });
        } else {
            rejectUnknownFields(context);
            for (String name : CANONICAL_FIELDS) {
                field(context, name).ifPresent(value -> fields.put(name, value));
            }
        }
        Optional<String> sheet = Optional.ofNullable(fields.get("sheet"));
        Optional<String> encoding = Optional.ofNullable(fields.get("encoding")).map(MappingRoutes::encoding);
        Optional<Character> delimiter =
                Optional.ofNullable(fields.get("delimiter")).map(MappingRoutes::delimiter);
        Supplier<ProfitSentinelException> notFound = () -> notFound(id);
        Upload upload = services.uploads().byId(caller.tenant(), id).orElseThrow(notFound);
        FilePreview preview = preview(caller, upload, notFound, sheet, encoding, delimiter);
        Responses.json(context, 200, MappingSuggestions.canonical(upload.id(), preview));
    }

    /**
     * Reads the top of an upload's file with the settings of its store.
     *
     * @param notFound the error for an upload that has not received its file yet or whose store is out of scope
     */
    private FilePreview preview(
            Caller caller,
            Upload upload,
            Supplier<ProfitSentinelException> notFound,
            Optional<String> sheet,
            Optional<String> encoding,
            Optional<Character> delimiter) {
        switch (upload.status()) {
            case EXPECTED -> throw notFound.get();
            case DELETED -> throw expired(upload);
            case RECEIVED, ANALYZED -> {
                if (!storage.exists(upload.id())) {
                    throw expired(upload);
                }
            }
        }
        Store store =
                services.directory().store(caller.tenant(), upload.storeId()).orElseThrow(notFound);
        LocalDate asOf = LocalDate.now(clock.withZone(ZoneId.of(store.timezone())));
        IngestRequest request = IngestRequest.builder(storage.path(upload.id()), asOf)
                .displayName(upload.filename())
                .settings(StoreSettings.defaults(asOf).withStoreId(store.id()))
                .saved(SavedMappings.choices(services.savedMappings().list(caller.tenant(), store.id())))
                .sheet(sheet)
                .encoding(encoding)
                .delimiter(delimiter)
                .limits(IngestLimits.DEFAULTS.withMaxRows(settings.maxRows()).withMaxBytes(settings.maxFileBytes()))
                .build();
        return Ingestion.preview(request);
    }

    /** A form field or, failing that, a query parameter. */
    private static Optional<String> field(Context context, String name) {
        return Responses.form(context, name).or(() -> Responses.query(context, name));
    }

    private static void rejectUnknownFields(Context context) {
        Set<String> names = new LinkedHashSet<>(context.formParamMap().keySet());
        names.addAll(context.queryParamMap().keySet());
        List<Map<String, String>> errors = new ArrayList<>();
        for (String name : names) {
            if (!CANONICAL_FIELDS.contains(name)) {
                errors.add(Map.of(
                        "field", name, "code", "unknown_field", "message", "\"" + name + "\" is not a known field."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.VALIDATION_FAILED,
                    "Unknown fields: "
                            + String.join(
                                    ", ",
                                    errors.stream()
                                            .map(error -> error.get("field"))
                                            .toList()) + ". Known fields: sheet, encoding, delimiter.",
                    Map.of("errors", errors));
        }
    }

    /** An encoding override as the reader names it (columns.md §2.2), else 422. */
    static String encoding(String name) {
        if (TextEncoding.forced(name, new byte[0], 0).isEmpty()) {
            throw Responses.invalidField(
                    "encoding",
                    "invalid_value",
                    "encoding must be UTF-8, Windows-1252, ISO-8859-1 or UTF-16, not \"" + name + "\".");
        }
        return name;
    }

    /** A delimiter override: {@code ,}, {@code ;}, {@code |} or {@code tab}, else 422. */
    static char delimiter(String text) {
        if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
            return '\t';
        }
        if (text.length() == 1 && ",;|".contains(text)) {
            return text.charAt(0);
        }
        throw Responses.invalidField(
                "delimiter", "invalid_value", "delimiter must be ',', ';', '|' or 'tab', not \"" + text + "\".");
    }

    private static ProfitSentinelException required(List<String> fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (String field : fields) {
            errors.add(Map.of("field", field, "code", "required", "message", field + " is required."));
        }
        return new ProfitSentinelException(
                ErrorCode.VALIDATION_FAILED,
                String.join(" and ", fields) + (fields.size() == 1 ? " is" : " are") + " required.",
                Map.of("errors", errors));
    }

    private static ProfitSentinelException uploadNotFound(String key) {
        return new ProfitSentinelException(ErrorCode.UPLOAD_NOT_FOUND, "Upload '" + key + "' not found.");
    }

    private static ProfitSentinelException notFound(String id) {
        return new ProfitSentinelException(ErrorCode.NOT_FOUND, "Upload '" + id + "' not found.");
    }

    private static ProfitSentinelException expired(Upload upload) {
        return new ProfitSentinelException(
                ErrorCode.UPLOAD_EXPIRED,
                "The upload \"" + upload.filename() + "\" was deleted by retention. Upload it again.",
                Map.of("key", upload.key()));
    }
}
