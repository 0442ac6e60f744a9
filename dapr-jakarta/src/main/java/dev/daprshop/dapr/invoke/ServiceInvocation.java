package dev.daprshop.dapr.invoke;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.opentelemetry.context.Context;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Typed clients of other Dapr applications, called through this application's own sidecar
 * (Dapr service invocation over HTTP): the {@code dapr-app-id} header tells daprd which app to
 * call, daprd resolves it, applies resiliency and mTLS, and continues the caller's trace.
 *
 * <p>The clients are MicroProfile Rest Client interfaces, so mpTelemetry opens their client span
 * and sends its {@code traceparent}. They are built here rather than configured per interface
 * because the sidecar's port is per application (see {@link DaprSidecar}). A built client is
 * thread-safe and reuses its connections: build each one once.
 */
@ApplicationScoped
public class ServiceInvocation {

    private static final long CONNECT_TIMEOUT_MS = 2_000;
    private static final long READ_TIMEOUT_MS = 10_000;

    @Inject
    DaprSidecar sidecar;

    /** Runs the clients' requests off the request thread: managed threads, with the application's context. */
    @Resource
    ManagedExecutorService executor;

    public <T> T client(Class<T> api, String appId) {
        return RestClientBuilder.newBuilder()
                .baseUri(sidecar.httpEndpoint("/"))
                .header("dapr-app-id", appId)
                .connectTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                // Error statuses are answers the caller reads (a 409 may be a business "no"), not exceptions.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(api);
    }

    /**
     * Runs a (blocking) client call on a managed thread and answers when it is done, so request
     * threads never wait on another service. The caller's trace context goes along: mpTelemetry's
     * client span, and the {@code traceparent} daprd continues, then belong to the caller's trace.
     */
    public <T> CompletionStage<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, Context.current().wrap(executor));
    }
}
