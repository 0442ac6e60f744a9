package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The metrics store's Prometheus-compatible query API, read the way a dashboard would. */
final class MetricsStore {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    MetricsStore(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The series of an instant PromQL query, each with its labels and value. */
    List<Sample> query(String promql) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8))).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("metrics store answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonObject("data").getJsonArray("result").getValuesAs(JsonObject.class).stream()
                    .map(Sample::of).toList();
        }
    }

    record Sample(Map<String, String> labels, double value) {

        static Sample of(JsonObject json) {
            Map<String, String> labels = json.getJsonObject("metric").entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> ((jakarta.json.JsonString) entry.getValue()).getString()));
            return new Sample(labels, Double.parseDouble(json.getJsonArray("value").getString(1)));
        }
    }
}
