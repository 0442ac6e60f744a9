package dev.daprshop.dapr.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} and {@code /health/live} of this application, on its own port.
 *
 * <p>Liberty serves MicroProfile Health's {@code /health} on {@code default_host} only and
 * aggregates every application of the server. In the one-server deployment each service has its
 * own virtual host, so this resource answers on the service's port with this service's checks, in
 * MicroProfile Health's format. Where a service runs alone on {@code default_host} (one server per
 * service, Kubernetes), Liberty's own endpoint takes these paths and reports the same checks.
 */
@Path("/health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** Looked up once (see {@link dev.daprshop.dapr.pubsub.CloudEventReader}). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @Readiness
    Instance<HealthCheck> readinessChecks;

    @Inject
    @Liveness
    Instance<HealthCheck> livenessChecks;

    @GET
    @Path("ready")
    public Response ready() {
        return report(readinessChecks);
    }

    @GET
    @Path("live")
    public Response live() {
        return report(livenessChecks);
    }

    private static Response report(Instance<HealthCheck> checks) {
        var results = JSON.createArrayBuilder();
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            results.add(toJson(result));
        }
        JsonObject body = JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }

    private static JsonObject toJson(HealthCheckResponse result) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", result.getName())
                .add("status", result.getStatus().name());
        result.getData().ifPresent(data -> {
            JsonObjectBuilder fields = JSON.createObjectBuilder();
            data.forEach((key, value) -> fields.add(key, String.valueOf(value)));
            json.add("data", fields);
        });
        return json.build();
    }
}
