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

/** The log store's LogsQL query API (VictoriaLogs): one JSON object per log line. */
final class LogStore {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    LogStore(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<JsonObject> query(String logsql) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/select/logsql/query?query="
                + URLEncoder.encode(logsql, StandardCharsets.UTF_8))).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("log store answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().lines().filter(line -> !line.isBlank()).map(line -> {
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                return reader.readObject();
            }
        }).toList();
    }

    /** The log lines of one trace, oldest first. */
    List<JsonObject> ofTrace(String traceId) throws IOException, InterruptedException {
        return query("trace_id:\"" + traceId + "\" | sort by (_time)");
    }
}
