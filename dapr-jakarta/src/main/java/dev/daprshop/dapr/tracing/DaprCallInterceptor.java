package dev.daprshop.dapr.tracing;

import dev.daprshop.dapr.async.CallerContext;
import dev.daprshop.dapr.async.Failures;
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
        return inSpan(spans.start(call), invocation::proceed);
    }

    /** Runs a call inside a started span, made current while it runs; an asynchronous result ends the span when it completes. */
    static Object inSpan(Span span, java.util.concurrent.Callable<?> call) throws Exception {
        Context caller = Context.current();
        Object result;
        try (Scope ignored = span.makeCurrent()) {
            result = call.call();
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
        CallerContext callerContext = new CallerContext(caller, Thread.currentThread().getContextClassLoader());
        CompletableFuture<Object> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            DaprSpans.end(span, failure == null ? null : Failures.unwrap(failure));
            callerContext.run(() -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            });
        });
        return result;
    }

    private static DaprCall callOf(InvocationContext invocation) {
        DaprCall call = invocation.getMethod().getAnnotation(DaprCall.class);
        return call != null ? call : invocation.getMethod().getDeclaringClass().getAnnotation(DaprCall.class);
    }

    /** The same span for a call whose component is known only at run time (e.g. a {@code StateRepository}'s store). */
    @SuppressWarnings("unchecked")
    static <R> CompletionStage<R> traced(DaprSpans spans, DaprApi api, String operation, String component,
                                          java.util.function.Supplier<CompletionStage<R>> call) {
        try {
            return (CompletionStage<R>) inSpan(spans.start(api, operation, component, ""), call::get);
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
