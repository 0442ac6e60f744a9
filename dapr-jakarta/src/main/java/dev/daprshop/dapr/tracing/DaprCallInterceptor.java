package dev.daprshop.dapr.tracing;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs every {@link DaprCall} method inside its span, made current for the method so the method
 * can pass it to Dapr. An asynchronous result hands its value on in the caller's context. The tracer is the application's, injected by mpTelemetry (never
 * {@code GlobalOpenTelemetry}, which Liberty disables).
 */
@DaprCall
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class DaprCallInterceptor {

    private final DaprSpans spans;

    @Inject
    public DaprCallInterceptor(Tracer tracer, DaprSidecar sidecar) {
        this.spans = new DaprSpans(tracer, sidecar.appId());
    }

    @AroundInvoke
    public Object trace(InvocationContext invocation) throws Exception {
        return trace(spans, callOf(invocation), invocation);
    }

    static Object trace(DaprSpans spans, DaprCall call, InvocationContext invocation) throws Exception {
        Context caller = Context.current();
        Span span = spans.start(call);
        Object result;
        try (Scope ignored = span.makeCurrent()) {
            result = invocation.proceed();
        } catch (Exception | Error failure) {
            DaprSpans.end(span, failure);
            throw failure;
        }
        if (result instanceof CompletionStage<?> stage) {
            return completedInContext(stage, span, caller);
        }
        DaprSpans.end(span, null);
        return result;
    }

    /**
     * The stage the caller gets completes in the caller's context: its trace context and its
     * application class loader. The work chained on it runs on the thread completing the stage
     * (a Dapr SDK or HTTP client thread), and stays in the caller's trace and application.
     */
    private static CompletionStage<Object> completedInContext(CompletionStage<?> stage, Span span, Context caller) {
        ClassLoader callerLoader = Thread.currentThread().getContextClassLoader();
        CompletableFuture<Object> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            DaprSpans.end(span, unwrap(failure));
            Thread thread = Thread.currentThread();
            ClassLoader ownLoader = thread.getContextClassLoader();
            thread.setContextClassLoader(callerLoader);
            try (Scope ignored = caller.makeCurrent()) {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            } finally {
                thread.setContextClassLoader(ownLoader);
            }
        });
        return result;
    }

    private static DaprCall callOf(InvocationContext invocation) {
        DaprCall call = invocation.getMethod().getAnnotation(DaprCall.class);
        return call != null ? call : invocation.getMethod().getDeclaringClass().getAnnotation(DaprCall.class);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
