package dev.daprshop.dapr.actors;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.FromSidecar;
import io.dapr.actors.runtime.ActorRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Mono;

/**
 * The calls daprd makes to the actors this application hosts, handed to the Dapr SDK's actor
 * runtime: method invocations, reminder and timer callbacks, deactivation. daprd sends at most
 * one call per actor at a time (turn-based), so an actor never sees two concurrent calls.
 *
 * <p>Each call runs in the trace daprd passes on ({@code traceparent}, taken up by mpTelemetry's
 * server span); the actor's own state and reminder calls to the sidecar carry it on.
 */
@FromSidecar
@Path("/actors/{type}/{id}")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ActorCallbacksResource {

    private static final byte[] EMPTY = new byte[0];

    @Inject
    ActorHost host;

    @PUT
    @Path("method/{method}")
    public CompletionStage<byte[]> invoke(@PathParam("type") String type, @PathParam("id") String id,
                                          @PathParam("method") String method, byte[] body) {
        return runtime().invoke(type, id, method, body).defaultIfEmpty(EMPTY).toFuture();
    }

    @PUT
    @Path("method/remind/{reminder}")
    public CompletionStage<byte[]> remind(@PathParam("type") String type, @PathParam("id") String id,
                                          @PathParam("reminder") String reminder, byte[] body) {
        return done(runtime().invokeReminder(type, id, reminder, body));
    }

    @PUT
    @Path("method/timer/{timer}")
    public CompletionStage<byte[]> timer(@PathParam("type") String type, @PathParam("id") String id,
                                         @PathParam("timer") String timer, byte[] body) {
        return done(runtime().invokeTimer(type, id, timer, body));
    }

    @DELETE
    public CompletionStage<byte[]> deactivate(@PathParam("type") String type, @PathParam("id") String id) {
        return done(runtime().deactivate(type, id));
    }

    private ActorRuntime runtime() {
        return host.runtime().orElseThrow(() -> ProblemException.notFound("this application hosts no actors"));
    }

    private static CompletionStage<byte[]> done(Mono<Void> call) {
        return call.thenReturn(EMPTY).toFuture();
    }
}
