package dev.daprshop.dapr.security;

import dev.daprshop.dapr.problem.Problem;
import dev.daprshop.dapr.sidecar.DaprSidecar;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a call into a {@link FromSidecar} endpoint through only when it carries the app API token
 * (header {@code dapr-api-token}) that the sidecar was given ({@code APP_API_TOKEN}): anyone else
 * who can reach the application's port gets 401 and changes nothing. Without a configured token
 * (plain mode) everything passes.
 */
@Provider
@FromSidecar
@Priority(Priorities.AUTHENTICATION)
public class SidecarTokenFilter implements ContainerRequestFilter {

    static final String HEADER = "dapr-api-token";

    @Inject
    DaprSidecar sidecar;

    @Override
    public void filter(ContainerRequestContext request) {
        sidecar.appToken().ifPresent(expected -> {
            String presented = request.getHeaderString(HEADER);
            if (presented == null || !MessageDigest.isEqual(bytes(presented), bytes(expected))) {
                request.abortWith(Problem.of(Response.Status.UNAUTHORIZED,
                        "only this service's Dapr sidecar may call " + request.getUriInfo().getPath()).toResponse());
            }
        });
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
