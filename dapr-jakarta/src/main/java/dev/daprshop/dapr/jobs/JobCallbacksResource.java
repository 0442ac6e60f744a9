package dev.daprshop.dapr.jobs;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.FromSidecar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code POST /job/<name>}: daprd delivers a due job of this application (see {@link Jobs}). */
@FromSidecar
@Path("/job/{name}")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
public class JobCallbacksResource {

    private static final Logger LOG = Logger.getLogger(JobCallbacksResource.class.getName());

    @Inject
    Instance<JobHandler> handlers;

    @POST
    public CompletionStage<Response> trigger(@PathParam("name") String name, String data) {
        JobHandler handler = handlers.stream().filter(candidate -> name.startsWith(candidate.prefix())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no handler for job " + name));
        return handler.run(name, data == null ? "" : data)
                .thenApply(done -> Response.noContent().build())
                .exceptionally(failure -> {
                    // Not an error of this request: daprd tries the job again (see Jobs).
                    LOG.log(Level.WARNING, "job " + name + " failed; daprd tries it again", failure);
                    return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
                });
    }
}
