package dev.daprshop.dapr.actors;

import dev.daprshop.dapr.security.FromSidecar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/** {@code GET /dapr/config}: daprd asks which actor types this application hosts. */
@FromSidecar
@Path("/dapr/config")
@ApplicationScoped
public class ActorConfigResource {

    @Inject
    ActorHost host;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] config() throws IOException {
        return host.config();
    }
}
