package com.profitsentinel.server.http;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP route: what the router registers and what {@code /openapi.json} documents, declared once (api.md §7: the
 * document is generated from the route definitions the server uses).
 *
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param path the path with {@code {name}} parameters
 * @param operationId a unique camelCase name
 * @param tag the surface: {@code legacy}, {@code v1}, {@code infrastructure}
 * @param access who may call it, in words (api.md §1.7)
 * @param body what the request carries
 * @param success the success status
 * @param schema the schema of the success body (a name in {@link ApiSchemas}); empty only for 204
 * @param errors the error statuses specific to the route (problem documents)
 */
public record Route(
        String method,
        String path,
        String operationId,
        String summary,
        String tag,
        String access,
        Body body,
        int success,
        Optional<String> schema,
        List<Integer> errors,
        Handler handler) {

    /** What a request carries. */
    public enum Body {
        NONE,
        FORM,
        MULTIPART,
        JSON
    }

    public Route {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(operationId, "operationId is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(tag, "tag is null");
        requireNonNull(access, "access is null");
        requireNonNull(body, "body is null");
        requireNonNull(schema, "schema is null");
        errors = List.copyOf(errors);
        requireNonNull(handler, "handler is null");
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
            throw new IllegalArgumentException(path + ": unknown method " + method);
        }
        if (success != 204 && schema.isEmpty()) {
            throw new IllegalArgumentException(
                    method + " " + path + ": a route answering " + success + " must name the schema of its body");
        }
        schema.ifPresent(name -> {
            if (!ApiSchemas.names().contains(name)) {
                throw new IllegalArgumentException(method + " " + path + ": no schema named " + name);
            }
        });
    }

    /** A route answering 200 with a JSON body of {@code schema}. */
    public static Route get(
            String path,
            String operationId,
            String summary,
            String tag,
            String access,
            String schema,
            List<Integer> errors,
            Handler handler) {
        return new Route(
                "GET", path, operationId, summary, tag, access, Body.NONE, 200, Optional.of(schema), errors, handler);
    }
}
