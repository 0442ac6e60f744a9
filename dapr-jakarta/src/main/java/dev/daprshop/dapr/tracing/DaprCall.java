package dev.daprshop.dapr.tracing;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a Dapr adapter: {@link DaprCallInterceptor} runs it inside a span named after
 * the call (e.g. {@code dapr.state save statestore}), current while the method runs so that the
 * method hands the span's context to Dapr ({@link dev.daprshop.dapr.propagation.TraceContext}).
 *
 * <p>A method may return a {@link java.util.concurrent.CompletionStage}: the span then ends when
 * the stage completes.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DaprCall {

    /** The building block. */
    @Nonbinding
    DaprApi api() default DaprApi.STATE;

    /** What the call does: {@code save}, {@code get}, {@code transaction}, {@code publish}, a method name, ... */
    @Nonbinding
    String operation() default "";

    /** The Dapr component (state store, pub/sub, binding, ...) or, for invocation, the target app id. */
    @Nonbinding
    String component() default "";

    /** The topic of a publish; empty for other calls. */
    @Nonbinding
    String topic() default "";
}
