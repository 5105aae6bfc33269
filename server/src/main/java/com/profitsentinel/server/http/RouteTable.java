package com.profitsentinel.server.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route of the server: registered with the router from here, and documented from here as an OpenAPI 3.1
 * document, so the two cannot disagree.
 */
public final class RouteTable {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private final List<Route> routes = new ArrayList<>();
    private final Set<String> operationIds = new HashSet<>();

    /** Adds routes; a duplicate method and path, or operation id, is a programming error. */
    public RouteTable add(List<Route> more) {
        for (Route route : more) {
            if (!operationIds.add(route.operationId())) {
                throw new IllegalArgumentException("duplicate operation id " + route.operationId());
            }
            for (Route existing : routes) {
                if (existing.method().equals(route.method()) && existing.path().equals(route.path())) {
                    throw new IllegalArgumentException("duplicate route " + route.method() + " " + route.path());
                }
            }
            routes.add(route);
        }
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public void register(Javalin app) {
        register(app, Route::handler);
    }

    /** Registers every route with the handler {@code handlers} makes of it (a route's own, or one around it). */
    public void register(Javalin app, java.util.function.Function<Route, io.javalin.http.Handler> handlers) {
        for (Route route : routes) {
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), handlers.apply(route));
        }
    }

    /** The OpenAPI 3.1 document of every route. */
    public Map<String, Object> openApi(String version) {
        Map<String, Object> paths = new TreeMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>) paths.computeIfAbsent(route.path(), path -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Profit Sentinel API");
        info.put("version", version);
        info.put(
                "description",
                "Legacy-compatible analysis endpoints, the product API /api/v1 and infrastructure endpoints. Errors are"
                        + " RFC 9457 problem documents (application/problem+json).");
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", ApiSchemas.all());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", info);
        document.put("paths", paths);
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", route.operationId());
        operation.put("summary", route.summary());
        operation.put("description", "Access: " + route.access() + ".");
        operation.put("tags", List.of(route.tag()));
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(route.path());
        while (matcher.find()) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", matcher.group(1));
            parameter.put("in", "path");
            parameter.put("required", true);
            parameter.put("schema", Map.of("type", "string"));
            parameters.add(parameter);
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        switch (route.body()) {
            case NONE -> {}
            case FORM -> operation.put("requestBody", body("application/x-www-form-urlencoded"));
            case MULTIPART -> operation.put("requestBody", body("multipart/form-data"));
            case JSON -> operation.put("requestBody", body("application/json"));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", successDescription(route.success()));
        route.schema()
                .ifPresent(name -> success.put(
                        "content",
                        Map.of(mediaType(name), Map.of("schema", Map.of("$ref", "#/components/schemas/" + name)))));
        responses.put(String.valueOf(route.success()), success);
        List<Integer> errors = new ArrayList<>(route.errors());
        errors.add(500);
        for (int status : errors) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("description", Problems.title(status));
            error.put(
                    "content",
                    Map.of(Problems.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
            responses.put(String.valueOf(status), error);
        }
        operation.put("responses", responses);
        return operation;
    }

    private static String successDescription(int status) {
        return switch (status) {
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            default -> "OK";
        };
    }

    private static String mediaType(String schema) {
        return switch (schema) {
            case "Html" -> "text/html";
            case "Metrics" -> "text/plain";
            case "Csv" -> "text/csv";
            default -> "application/json";
        };
    }

    private static Map<String, Object> body(String mediaType) {
        return Map.of("required", true, "content", Map.of(mediaType, Map.of("schema", Map.of("type", "object"))));
    }
}
