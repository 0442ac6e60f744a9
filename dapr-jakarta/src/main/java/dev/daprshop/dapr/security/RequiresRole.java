package dev.daprshop.dapr.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS method only a caller with a verified bearer token (MicroProfile JWT) holding
 * this role may call; {@link RoleFilter} answers 401 without one, 403 with another role.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    String value();
}
