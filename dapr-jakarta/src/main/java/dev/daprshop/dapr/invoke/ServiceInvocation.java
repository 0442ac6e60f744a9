package dev.daprshop.dapr.invoke;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.dapr.propagation.TraceContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Calls other Dapr applications through this application's own sidecar (Dapr service invocation
 * over HTTP): the {@code dapr-app-id} header tells daprd which app to call; daprd resolves it,
 * applies resiliency and mTLS, and continues the trace of the {@code traceparent} sent with the
 * call — the current span's, i.e. the {@code @DaprCall} span of the adapter making the call.
 *
 * <p>Non-blocking: one shared {@link HttpClient} (pooled HTTP/1.1 connections to the sidecar). No
 * thread waits for the other service, so a burst of calls cannot starve the server's threads (in
 * the one-server deployment the called service needs those same threads to answer). The
 * {@code @DaprCall} adapter that calls this hands the answer back in the caller's context.
 */
@ApplicationScoped
public class ServiceInvocation {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    DaprSidecar sidecar;

    private HttpClient http;
    private Jsonb json;

    @PostConstruct
    void open() {
        http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        json = JsonbBuilder.create();
    }

    @PreDestroy
    void close() throws Exception {
        json.close();
    }

    public CompletionStage<Answer> get(String appId, String path) {
        return send(appId, path, HttpRequest.newBuilder().GET());
    }

    public CompletionStage<Answer> post(String appId, String path, Object body) {
        HttpRequest.BodyPublisher content = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.toJson(body));
        return send(appId, path, HttpRequest.newBuilder().POST(content).header("Content-Type", "application/json"));
    }

    public CompletionStage<Answer> delete(String appId, String path) {
        return send(appId, path, HttpRequest.newBuilder().DELETE());
    }

    private CompletionStage<Answer> send(String appId, String path, HttpRequest.Builder request) {
        request.uri(sidecar.httpEndpoint(path))
                .timeout(REQUEST_TIMEOUT)
                .header("dapr-app-id", appId)
                .header("Accept", "application/json");
        sidecar.apiToken().ifPresent(token -> request.header("dapr-api-token", token));
        TraceContext.headers().forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), response.body(), json));
    }

    /** daprd's error body ({@code ERR_DIRECT_INVOKE}, ...). */
    public record DaprError(String errorCode, String message) {
    }

    /** The called application's answer: its status and JSON body. */
    public record Answer(int status, String body, Jsonb json) {

        public <T> T as(Class<T> type) {
            return json.fromJson(body, type);
        }

        /**
         * Why the call failed, as a person reads it: daprd's own error message when daprd answered
         * (e.g. {@code ... err: circuit breaker is open}), else the status and the body.
         */
        public String failure() {
            try {
                DaprError error = json.fromJson(body, DaprError.class);
                if (error != null && error.errorCode() != null && error.message() != null) {
                    return error.message();
                }
            } catch (JsonbException notDaprs) {
                // the called application's own answer
            }
            return toString();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }
}
