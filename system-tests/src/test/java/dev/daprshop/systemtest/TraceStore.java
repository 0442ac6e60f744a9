package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The trace store's query API (Zipkin v2), read the way a user's tooling would. */
final class TraceStore {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    TraceStore(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Polls the trace until {@code complete} accepts its spans (spans arrive in batches from
     * several exporters), failing with the spans seen so far after {@code timeout}.
     */
    List<Span> awaitTrace(String traceId, Predicate<List<Span>> complete, Duration timeout) throws Exception {
        return Eventually.within(timeout).every(Duration.ofMillis(250))
                .until("trace " + traceId + " complete", () -> trace(traceId), complete);
    }

    List<Span> trace(String traceId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/trace/" + traceId)).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new IOException("trace store answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream().map(Span::of).toList();
        }
    }

    /** One span as the trace store holds it. */
    record Span(String traceId, String id, String parentId, String service, String name, String kind,
                Map<String, String> tags) {

        static Span of(JsonObject json) {
            JsonObject endpoint = json.getJsonObject("localEndpoint");
            Map<String, String> tags = new HashMap<>();
            if (json.containsKey("tags")) {
                json.getJsonObject("tags").forEach((key, value) -> tags.put(key, ((JsonString) value).getString()));
            }
            return new Span(json.getString("traceId"), json.getString("id"), json.getString("parentId", null),
                    endpoint == null ? null : endpoint.getString("serviceName", null), json.getString("name", ""),
                    json.getString("kind", null), Map.copyOf(tags));
        }

        String library() {
            return tags.get("otel.library.name");
        }

        @Override
        public String toString() {
            return service + (fromSidecar() ? " (sidecar) " : " (app) ") + name + " " + kind + " id=" + id + " parent=" + parentId;
        }

        /** Spans daprd exports carry its instrumentation library name (its workflow engine: durabletask). */
        boolean fromSidecar() {
            return "dapr-diagnostics".equals(library()) || "durabletask".equals(library());
        }

        boolean fromApplication() {
            return !fromSidecar();
        }
    }
}
