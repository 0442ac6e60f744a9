package dev.daprshop.dapr.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource (or method) that only the application's own Dapr sidecar calls: event
 * deliveries, actor and binding callbacks, {@code /dapr/*}, and endpoints reached only through
 * service invocation. {@link SidecarTokenFilter} refuses other callers.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FromSidecar {
}
