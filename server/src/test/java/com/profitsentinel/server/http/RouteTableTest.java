package com.profitsentinel.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static Route route(String method, String path, String operationId, int success, Optional<String> schema) {
        return new Route(
                method,
                path,
                operationId,
                "summary",
                "v1",
                "public",
                Route.Body.NONE,
                success,
                schema,
                List.of(404),
                context -> {});
    }

    @Test
    void aRouteWithABodyMustNameAKnownSchema() {
        assertThatThrownBy(() -> route("GET", "/a", "getA", 200, Optional.empty()))
                .hasMessageContaining("must name the schema");
        assertThatThrownBy(() -> route("GET", "/a", "getA", 200, Optional.of("Nothing")))
                .hasMessageContaining("no schema named Nothing");
        assertThat(route("DELETE", "/a", "deleteA", 204, Optional.empty()).schema())
                .isEmpty();
    }

    @Test
    void duplicatesAreRefused() {
        RouteTable table = new RouteTable().add(List.of(route("GET", "/a", "getA", 200, Optional.of("Message"))));

        assertThatThrownBy(() -> table.add(List.of(route("GET", "/a", "other", 200, Optional.of("Message")))))
                .hasMessageContaining("duplicate route GET /a");
        assertThatThrownBy(() -> table.add(List.of(route("POST", "/b", "getA", 200, Optional.of("Message")))))
                .hasMessageContaining("duplicate operation id getA");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentHasPathParametersAndProblemResponses() {
        RouteTable table = new RouteTable()
                .add(List.of(route("GET", "/things/{thing_id}", "getThing", 200, Optional.of("Message"))));

        Map<String, Object> document = table.openApi("1.0");
        Map<String, Object> operation =
                ((Map<String, Map<String, Object>>) document.get("paths")).get("/things/{thing_id}");
        Map<String, Object> get = (Map<String, Object>) operation.get("get");

        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        assertThat(get.get("parameters").toString()).contains("name=thing_id", "in=path");
        assertThat(((Map<String, Object>) get.get("responses")).keySet()).containsExactly("200", "404", "500");
        assertThat(get.get("responses").toString()).contains("#/components/schemas/Problem");
    }
}
