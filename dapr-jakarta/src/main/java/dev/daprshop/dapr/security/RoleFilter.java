package dev.daprshop.dapr.security;

import dev.daprshop.dapr.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Enforces {@link RequiresRole}. Liberty's {@code mpJwt} verifies a bearer token when a request
 * carries one (signature, issuer, expiry) and makes it the request's principal; a request without
 * a valid one has none. The decision is made here, not by the container, so that the refusal is
 * an RFC 9457 problem like every other (the container's own 401 has an empty body).
 */
@Provider
@RequiresRole("")
@Priority(Priorities.AUTHORIZATION)
public class RoleFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String role = required();
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                            "a valid bearer token with role " + role + " is required").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        if (token.getGroups() == null || !token.getGroups().contains(role)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "this needs role " + role).toResponse());
        }
    }

    private String required() {
        RequiresRole onMethod = resource.getResourceMethod().getAnnotation(RequiresRole.class);
        return onMethod != null ? onMethod.value() : resource.getResourceClass().getAnnotation(RequiresRole.class).value();
    }
}
