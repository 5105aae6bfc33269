package com.profitsentinel.server.uploads;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.app.upload.UploadStatus;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.ServerSettings;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.limits.Limiter;
import com.profitsentinel.server.metrics.Metrics;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /uploads/direct}, {@code /uploads/presign} and {@code /uploads/receive/{id}} (api.md §4.1-4.3). Files are
 * stored as they arrive and hashed; nothing is parsed until an analysis asks.
 */
public final class UploadRoutes {
    /** Who may call the upload and analysis routes in this version. */
    public static final String MEMBER = "a member of the org (dev mode: the local user)";

    private static final Duration POLICY_LIFETIME = Duration.ofHours(1);

    private final Services services;
    private final UploadStorage storage;
    private final PolicySigner signer;
    private final ServerSettings settings;
    private final Callers callers;
    private final Clock clock;
    private final Metrics metrics;
    private final Limiter limiter;
    private final Audit audit;

    public UploadRoutes(
            Services services,
            UploadStorage storage,
            PolicySigner signer,
            ServerSettings settings,
            Callers callers,
            Clock clock,
            Metrics metrics,
            Limiter limiter,
            Audit audit) {
        this.services = services;
        this.limiter = limiter;
        this.audit = audit;
        this.metrics = metrics;
        this.storage = storage;
        this.signer = signer;
        this.settings = settings;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        "POST",
                        "/uploads/direct",
                        "uploadFiles",
                        "Upload 1-5 files in one multipart request",
                        "legacy",
                        MEMBER,
                        Route.Body.MULTIPART,
                        201,
                        Optional.of("UploadList"),
                        List.of(400, 403, 404, 413, 507),
                        this::direct),
                new Route(
                        "POST",
                        "/uploads/presign",
                        "presignUploads",
                        "Form-upload URLs and signed policies for 1-5 files (local storage)",
                        "legacy",
                        MEMBER,
                        Route.Body.FORM,
                        200,
                        Optional.of("Presigned"),
                        List.of(400, 403, 404),
                        this::presign),
                new Route(
                        "POST",
                        "/uploads/receive/{upload_id}",
                        "receiveUpload",
                        "The form-POST target of a presigned upload: policy fields first, the file last",
                        "legacy",
                        "anyone holding the signed policy",
                        Route.Body.MULTIPART,
                        204,
                        Optional.empty(),
                        List.of(400, 403, 409, 413, 507),
                        this::receive),
                new Route(
                        "POST",
                        "/api/v1/uploads",
                        "createUploads",
                        "Upload 1-5 files of a store (multipart: file, store_id)",
                        "v1",
                        "store_manager and above",
                        Route.Body.MULTIPART,
                        201,
                        Optional.of("UploadList"),
                        List.of(400, 403, 404, 413, 507),
                        context -> {
                            callers.of(context).requireRole(Role.STORE_MANAGER);
                            direct(context);
                        }),
                Route.get(
                        "/api/v1/uploads/{id}",
                        "getUpload",
                        "One upload: received, analyzed or deleted",
                        "v1",
                        "store_manager and above",
                        "Upload",
                        List.of(403, 404),
                        this::get),
                new Route(
                        "DELETE",
                        "/api/v1/uploads/{id}",
                        "deleteUpload",
                        "Delete an upload's file now",
                        "v1",
                        "store_manager and above",
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(403, 404),
                        this::delete));
    }

    private Upload find(Caller caller, String id) {
        return services.uploads()
                .byId(caller.tenant(), id)
                .orElseThrow(() -> new ProfitSentinelException(ErrorCode.NOT_FOUND, "Upload '" + id + "' not found."));
    }

    private void get(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        Upload upload = find(caller, Responses.path(context, "id"));
        Map<String, Object> answer = describe(upload);
        answer.put("kind", null);
        answer.put("status", upload.status().name().toLowerCase(java.util.Locale.ROOT));
        answer.put("deleted_at", upload.deletedAt().map(Responses::timestamp).orElse(null));
        Responses.json(context, 200, answer);
    }

    private void delete(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        Upload upload = find(caller, Responses.path(context, "id"));
        if (upload.status() != UploadStatus.DELETED) {
            storage.delete(upload.id());
            services.uploads().markDeleted(upload.id(), clock.instant());
            audit.record(caller, context, "upload.deleted", "upload", upload.id(), "", "");
        }
        context.status(204);
    }

    private void direct(Context context) {
        Caller caller = callers.of(context);
        List<UploadedFile> files = context.uploadedFiles("file");
        FileNames.checkCount(files.size());
        for (UploadedFile file : files) {
            FileNames.check(file.filename());
        }
        Store store = store(caller, Responses.form(context, "store_id"));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (UploadedFile file : files) {
            Upload upload = receiveFile(caller, context, store, file);
            answers.add(describe(upload));
        }
        Responses.json(context, 201, Map.of("uploads", answers));
    }

    /** Stores one uploaded file for a caller, records it and audits it. */
    public Upload receiveFile(Caller caller, Context context, Store store, UploadedFile file) {
        Upload expected = expect(caller, store, FileNames.check(file.filename()));
        UploadStorage.Stored stored = storage.save(
                expected.id(),
                expected.filename(),
                file.content(),
                file.size(),
                limiter.maxFileBytes(caller, settings.maxFileBytes()));
        metrics.uploaded(stored.sizeBytes());
        Upload upload = expected.received(stored.sizeBytes(), stored.sha256());
        try {
            services.uploads().insert(upload);
        } catch (RuntimeException e) {
            storage.delete(upload.id());
            throw e;
        }
        audit.record(caller, context, "upload.received", "upload", upload.id(), "", "");
        return upload;
    }

    private void presign(Context context) {
        Caller caller = callers.of(context);
        List<String> names = Responses.formAll(context, "filenames");
        FileNames.checkCount(names.size());
        for (String name : names) {
            FileNames.check(name);
        }
        Store store = store(caller, Responses.form(context, "store_id"));
        Instant expires = clock.instant().plus(POLICY_LIFETIME);
        long maxBytes = limiter.maxFileBytes(caller, settings.maxFileBytes());
        List<Map<String, Object>> urls = new ArrayList<>();
        for (String name : names) {
            Upload upload = expect(caller, store, FileNames.check(name));
            services.uploads().insert(upload);
            String policy = signer.sign(new PolicySigner.Policy(upload.id(), upload.key(), expires, maxBytes));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("key", upload.key());
            fields.put("policy", policy);
            fields.put("content-length-range", "1," + maxBytes);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("filename", upload.filename());
            entry.put("safe_filename", upload.safeFilename());
            entry.put("key", upload.key());
            entry.put("url", baseUrl(context) + "/uploads/receive/" + upload.id());
            entry.put("fields", fields);
            entry.put("max_size_mb", maxBytes >> 20);
            urls.add(entry);
        }
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("max_file_size_mb", maxBytes >> 20);
        limits.put("max_file_size_bytes", maxBytes);
        limits.put("allowed_extensions", FileNames.ALLOWED_EXTENSIONS);
        limits.put("max_files", FileNames.MAX_FILES);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("presigned_urls", urls);
        answer.put("upload_method", "POST");
        answer.put("limits", limits);
        Responses.json(context, 200, answer);
    }

    private void receive(Context context) {
        String uploadId = Responses.path(context, "upload_id");
        String token = Responses.form(context, "policy").orElse("");
        PolicySigner.Policy policy = signer.verify(token)
                .filter(candidate -> candidate.uploadId().equals(uploadId))
                .filter(candidate -> candidate.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.FORBIDDEN, "The upload policy is invalid or has expired. Request a new upload URL."));
        String key = Responses.form(context, "key").orElse("");
        Upload upload = services.uploads()
                .byIdUnscoped(uploadId)
                .filter(candidate ->
                        candidate.key().equals(key) && candidate.key().equals(policy.key()))
                .orElseThrow(() ->
                        new ProfitSentinelException(ErrorCode.FORBIDDEN, "The upload policy does not match this key."));
        if (upload.status() != UploadStatus.EXPECTED) {
            throw new ProfitSentinelException(ErrorCode.CONFLICT, "This key has already received a file.");
        }
        UploadedFile file = Optional.ofNullable(context.uploadedFile("file"))
                .orElseThrow(() -> new ProfitSentinelException(ErrorCode.BAD_REQUEST, "The form has no file part."));
        UploadStorage.Stored stored =
                storage.save(upload.id(), upload.filename(), file.content(), file.size(), policy.maxBytes());
        if (stored.sizeBytes() == 0) {
            storage.delete(upload.id());
            throw new ProfitSentinelException(
                    ErrorCode.EMPTY_FILE, "The file \"" + upload.filename() + "\" is empty or has no data rows.");
        }
        metrics.uploaded(stored.sizeBytes());
        services.uploads().update(upload.received(stored.sizeBytes(), stored.sha256()));
        audit.system(upload.orgId(), "upload.received", "upload", upload.id(), "presigned form upload");
        context.status(204);
    }

    /** A new upload record, expected but not yet received. */
    private Upload expect(Caller caller, Store store, String basename) {
        String id = Ids.newId();
        String safe = FileNames.safe(basename);
        Instant now = clock.instant();
        return new Upload(
                id,
                caller.organization().id(),
                caller.user().id(),
                store.id(),
                "uploads/" + caller.organization().id() + "/" + id + "-" + safe,
                basename,
                safe,
                0,
                "",
                UploadStatus.EXPECTED,
                now,
                now.plus(Duration.ofHours(settings.retentionHours())),
                Optional.empty());
    }

    /** The named store in the caller's scope, or the org's default store (the first active one created). */
    public Store store(Caller caller, Optional<String> storeId) {
        if (storeId.isPresent()) {
            return services.directory()
                    .store(caller.tenant(), storeId.get())
                    .orElseThrow(() -> new ProfitSentinelException(
                            ErrorCode.NOT_FOUND, "Store '" + storeId.get() + "' not found."));
        }
        return services.directory().stores(caller.tenant()).stream()
                .filter(Store::active)
                .min(java.util.Comparator.comparing(Store::createdAt).thenComparing(Store::id))
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.NO_DATA, "The organization has no active store. Create a store first."));
    }

    /**
     * An upload of the caller's that an analysis can read: not found (with {@code notFound}: {@code UPLOAD_NOT_FOUND} on
     * the legacy surface, {@code NOT_FOUND} on /api/v1) when unknown, foreign or still waiting for its file; 410
     * {@code UPLOAD_EXPIRED} when retention deleted it.
     */
    public Upload usable(Caller caller, Optional<Upload> found, String reference, ErrorCode notFound) {
        Upload upload =
                found.orElseThrow(() -> new ProfitSentinelException(notFound, "Upload '" + reference + "' not found."));
        if (upload.status() == UploadStatus.DELETED) {
            throw new ProfitSentinelException(
                    ErrorCode.UPLOAD_EXPIRED,
                    "The upload \"" + upload.filename() + "\" was deleted by retention. Upload it again.");
        }
        if (upload.status() == UploadStatus.EXPECTED) {
            throw new ProfitSentinelException(notFound, "Upload '" + reference + "' has not received its file yet.");
        }
        return upload;
    }

    /** Whether several files may be analysed together: plan pro or higher when the plans are enforced. */
    public void requireMultiFile(Caller caller) {
        if (limiter.enforced() && caller.organization().tier() == Tier.FREE) {
            throw new ProfitSentinelException(
                    ErrorCode.TIER_REQUIRED,
                    "Analysing several files together comes with the pro and enterprise plans.",
                    Map.of("upgrade_url", "/settings/plan?upgrade=pro"));
        }
    }

    static Map<String, Object> describe(Upload upload) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", upload.id());
        entry.put("key", upload.key());
        entry.put("filename", upload.filename());
        entry.put("safe_filename", upload.safeFilename());
        entry.put("size_bytes", upload.sizeBytes());
        entry.put("sha256", upload.sha256());
        entry.put("expires_at", upload.retainUntil().toString());
        return entry;
    }

    private static String baseUrl(Context context) {
        return context.scheme() + "://" + context.host();
    }
}
