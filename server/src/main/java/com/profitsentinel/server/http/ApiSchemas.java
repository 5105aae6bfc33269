package com.profitsentinel.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON schemas of the answers (OpenAPI 3.1 components): each lists its documented members; the spec (api.md) has
 * their meaning. {@code Problem} is complete: every error of every route uses it.
 */
public final class ApiSchemas {
    private static final Map<String, Map<String, Object>> SCHEMAS = schemas();

    private ApiSchemas() {}

    public static Set<String> names() {
        return SCHEMAS.keySet();
    }

    public static Map<String, Map<String, Object>> all() {
        return SCHEMAS;
    }

    private static Map<String, Map<String, Object>> schemas() {
        Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
        Map<String, Object> problem = object(
                "RFC 9457 problem document with the code, message and details members (api.md §2)",
                List.of(
                        "type",
                        "title",
                        "status",
                        "code",
                        "detail",
                        "message",
                        "details",
                        "instance",
                        "request_id",
                        "errors"));
        problem.put(
                "required",
                List.of(
                        "type",
                        "title",
                        "status",
                        "code",
                        "detail",
                        "message",
                        "details",
                        "instance",
                        "request_id",
                        "errors"));
        schemas.put("Problem", problem);
        schemas.put("Status", object("Liveness", List.of("status")));
        schemas.put(
                "Health",
                object(
                        "Readiness with each component's status (operations.md §13)",
                        List.of("status", "version", "dev_mode", "components")));
        schemas.put("UploadList", object("Stored uploads (api.md §4.3)", List.of("uploads")));
        schemas.put(
                "Presigned",
                object("Presigned form uploads (api.md §4.1)", List.of("presigned_urls", "upload_method", "limits")));
        schemas.put(
                "MappingSuggestion",
                object(
                        "Detected format, POS and suggested mapping (columns.md §6.7)",
                        List.of(
                                "original_columns",
                                "sample_data",
                                "suggestions",
                                "confidences",
                                "importance",
                                "critical_missing",
                                "notes")));
        schemas.put(
                "LegacyResult",
                object(
                        "The legacy analysis result (api.md §4.10)",
                        List.of(
                                "leaks",
                                "summary",
                                "primitives_used",
                                "cause_diagnosis",
                                "status",
                                "warnings",
                                "supported_pos_systems",
                                "is_authenticated",
                                "store_id",
                                "analysis_id",
                                "findings",
                                "findings_listed",
                                "findings_total")));
        schemas.put("Primitives", object("The 11 legacy primitives (api.md §4.7)", List.of("primitives", "count")));
        schemas.put(
                "SupportedPos",
                object(
                        "POS systems column mapping recognizes (api.md §4.8)",
                        List.of("supported_systems", "count", "notes")));
        schemas.put(
                "AnalysisPage",
                object(
                        "A page of analyses (api.md §1.4, §5.3)",
                        List.of("items", "page", "page_size", "total", "total_pages")));
        schemas.put(
                "Analysis",
                object(
                        "A stored analysis (api.md §5.1)",
                        List.of(
                                "id",
                                "org_id",
                                "store_id",
                                "store_name",
                                "label",
                                "status",
                                "as_of",
                                "created_at",
                                "completed_at",
                                "created_by",
                                "engine_run",
                                "summary",
                                "error",
                                "links")));
        schemas.put(
                "AnalysisResult",
                object(
                        "The native result document (analyze --format json)",
                        List.of("engine", "engine_version", "as_of", "summary", "digest", "groups", "findings")));
        schemas.put("Message", object("A confirmation", List.of("message")));
        schemas.put("Org", object("The caller's org (api.md §5.14)", List.of("id", "name", "plan", "created_at")));
        schemas.put(
                "Store",
                object(
                        "A store (api.md §5.14)",
                        List.of(
                                "id",
                                "org_id",
                                "region_id",
                                "name",
                                "address",
                                "store_type",
                                "timezone",
                                "status",
                                "created_at")));
        schemas.put(
                "AuditPage",
                object(
                        "A page of audit events, newest first (operations.md §8)",
                        List.of("items", "page", "page_size", "total", "total_pages")));
        schemas.put("StoreList", object("Stores in scope, by name", List.of("items", "total")));
        schemas.put(
                "CreatedApiKey",
                object(
                        "A new API key: the secret (shown once) and its record (api.md §5.15)",
                        List.of("key", "record")));
        schemas.put("ApiKeyList", object("The org's API keys", List.of("items", "total")));
        schemas.put(
                "Me",
                object(
                        "The caller (api.md §5.2)",
                        List.of("user", "org", "role", "scope", "platform_admin", "auth_method", "plan")));
        String[] findingMembers = {
            "finding_id",
            "group_id",
            "engine",
            "engine_version",
            "leak_type",
            "subtype",
            "store_id",
            "sku",
            "description",
            "annual_profit_at_risk",
            "capital_tied_up",
            "confidence",
            "severity",
            "trend",
            "trend_basis",
            "is_new",
            "evidence",
            "details",
            "context",
            "recommendations",
            "legacy_primitive",
            "legacy_score",
            "store_name",
            "type_display",
            "vendor",
            "category",
            "department",
            "status",
            "first_seen_at",
            "last_seen_at",
            "last_analysis_id",
            "times_seen",
            "priority_score",
            "root_cause",
            "acknowledgement",
            "reactivated_reason",
            "task_ids"
        };
        schemas.put("Finding", object("A finding with its state (api.md §5.1)", List.of(findingMembers)));
        List<String> withHistory = new java.util.ArrayList<>(List.of(findingMembers));
        withHistory.add("history");
        schemas.put("FindingWithHistory", object("A finding and its last analyses (api.md §5.4)", withHistory));
        schemas.put(
                "FindingPage",
                object(
                        "A page of findings with totals and facets (api.md §5.4)",
                        List.of("items", "page", "page_size", "total", "total_pages", "totals", "facets")));
        schemas.put(
                "FindingStatusChange",
                object("A finding's new status (api.md §5.4)", List.of("id", "status", "acknowledgement")));
        schemas.put(
                "BulkAcknowledgement",
                object("How many findings were acknowledged (api.md §5.4)", List.of("acknowledged", "not_found")));
        schemas.put(
                "FindingGroupPage",
                object(
                        "A page of finding groups by priority (api.md §5.4)",
                        List.of("items", "page", "page_size", "total", "total_pages")));
        schemas.put(
                "FindingGroup",
                object(
                        "A group with its first findings (api.md §5.1, §5.4)",
                        List.of(
                                "group_id",
                                "store_id",
                                "leak_type",
                                "skus",
                                "sku_count",
                                "annual_profit_at_risk",
                                "capital_tied_up",
                                "confidence",
                                "trend",
                                "urgency_score",
                                "priority_score",
                                "root_cause",
                                "context",
                                "type_display",
                                "severity",
                                "finding_count_active",
                                "hypotheses",
                                "findings")));
        schemas.put(
                "Explanation",
                object(
                        "Why a finding or group was raised: evidence, hypotheses and proof tree (api.md §5.5)",
                        List.of(
                                "id",
                                "kind",
                                "leak_type",
                                "store_id",
                                "annual_profit_at_risk",
                                "root_cause",
                                "root_cause_display",
                                "confidence",
                                "ambiguity",
                                "support",
                                "agreement",
                                "needs_review",
                                "review_reason",
                                "facts_used",
                                "evidence",
                                "hypotheses",
                                "proof_tree",
                                "recommendations",
                                "rendered_text")));
        schemas.put(
                "WhyAnswer",
                object("A goal walked back through the proof (api.md §5.5)", List.of("id", "goal", "holds", "steps")));
        schemas.put(
                "Config",
                object(
                        "A store's configuration (api.md §5.12)",
                        List.of(
                                "store_id",
                                "version",
                                "preset",
                                "parameters",
                                "category_overrides",
                                "vendor_overrides",
                                "store_context",
                                "workflow_settings",
                                "updated_at",
                                "updated_by")));
        schemas.put("Presets", object("Every parameter in each preset (engine.md §6.1)", List.of("presets")));
        schemas.put(
                "Digest",
                object(
                        "The ranked morning digest (api.md §5.6)",
                        List.of("generated_at", "stores", "items", "summary", "all_clear", "rendered_text")));
        schemas.put(
                "Comparison",
                object(
                        "Two analyses compared (workflows.md §9)",
                        List.of("summary", "type_trends", "leak_trends", "finding_changes", "metadata")));
        schemas.put(
                "Dashboard",
                object(
                        "Totals, dollars by type and department, top findings, change (api.md §5.11)",
                        List.of(
                                "scope",
                                "latest_analyses",
                                "totals",
                                "by_type",
                                "by_department",
                                "top_findings",
                                "predictions",
                                "cost_of_inaction",
                                "change_vs_previous")));
        schemas.put(
                "SignedIn",
                object(
                        "A new sign-in session: who, and the CSRF token its requests send (operations.md §9.2)",
                        List.of("user", "org", "role", "csrf_token", "expires_at")));
        schemas.put("SavedMappingList", object("A store's saved column mappings (api.md §5.2)", List.of("items")));
        schemas.put("MemberList", object("The org's members (api.md §5.14)", List.of("items", "total")));
        schemas.put(
                "Member",
                object(
                        "A member with role and store scope (api.md §5.14)",
                        List.of("user_id", "name", "email", "role", "scope", "status", "last_login_at")));
        schemas.put(
                "Upload",
                object(
                        "An upload record (api.md §5.2)",
                        List.of(
                                "id",
                                "key",
                                "filename",
                                "safe_filename",
                                "size_bytes",
                                "sha256",
                                "kind",
                                "expires_at",
                                "status",
                                "deleted_at")));
        schemas.put("RegionList", object("The org's regions (api.md §5.14)", List.of("items", "total")));
        schemas.put("Region", object("A region (api.md §5.14)", List.of("id", "name", "store_count")));
        schemas.put("Csv", Map.of("type", "string", "description", "CSV, one row per finding"));
        schemas.put("OpenApi", object("This document", List.of("openapi", "info", "paths", "components")));
        schemas.put("Html", Map.of("type", "string", "description", "An HTML page"));
        schemas.put("Metrics", Map.of("type", "string", "description", "Prometheus text exposition format 0.0.4"));
        return schemas;
    }

    private static Map<String, Object> object(String description, List<String> members) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String member : members) {
            properties.put(member, Map.of());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", description);
        schema.put("properties", properties);
        return schema;
    }
}
