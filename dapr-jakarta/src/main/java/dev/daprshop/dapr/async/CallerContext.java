package dev.daprshop.dapr.async;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * The trace context and application class loader of the thread that started some work, to run its
 * continuation in when it resumes on another thread (a Dapr SDK, gRPC or timer thread): its calls stay
 * in the caller's trace and see the caller's application (CDI, JSON-B, config).
 */
public record CallerContext(Context trace, ClassLoader loader) {

    public static CallerContext capture() {
        return new CallerContext(Context.current(), Thread.currentThread().getContextClassLoader());
    }

    public <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (Scope ignored = trace.makeCurrent()) {
            return work.get();
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
