package dev.daprshop.dapr.actors;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.dapr.actors.runtime.AbstractActor;
import io.dapr.actors.runtime.ActorRuntime;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Hosts this application's actors: the Dapr SDK's {@link ActorRuntime}, bound to the
 * application's own sidecar, with every {@link HostedActorFactory} bean registered. An application
 * without actor factories starts no runtime and tells daprd it hosts no actor types.
 *
 * <p>The runtime is a per-class-loader singleton in the SDK, which is why the SDK travels inside
 * each WAR: in the one-server deployment each application gets its own.
 */
@ApplicationScoped
public class ActorHost {

    private static final Logger LOG = Logger.getLogger(ActorHost.class.getName());
    private static final byte[] NO_ACTORS = "{\"entities\":[]}".getBytes(StandardCharsets.UTF_8);

    @Inject
    DaprSidecar sidecar;

    @Inject
    @Any
    Instance<HostedActorFactory<?>> factories;

    private volatile ActorRuntime runtime;

    void start(@Observes Startup startup) {
        runtime();
    }

    /** The runtime, started on first use; empty when the application hosts no actors. */
    public synchronized Optional<ActorRuntime> runtime() {
        if (runtime == null && !factories.isUnsatisfied()) {
            ActorRuntime started = ActorRuntime.getInstance(sidecar.sdkProperties());
            // An idle actor gives its memory back; a call in progress may finish during a rebalance.
            started.getConfig().setActorIdleTimeout(Duration.ofMinutes(30));
            started.getConfig().setDrainOngoingCallTimeout(Duration.ofSeconds(30));
            started.getConfig().setDrainBalancedActors(true);
            factories.forEach(factory -> register(started, factory));
            runtime = started;
        }
        return Optional.ofNullable(runtime);
    }

    private static <T extends AbstractActor> void register(ActorRuntime runtime, HostedActorFactory<T> factory) {
        runtime.registerActor(factory.actorClass(), factory);
        LOG.info(() -> "hosting actor type " + factory.actorClass().getSimpleName());
    }

    /** What daprd asks at {@code GET /dapr/config}: the hosted actor types and their timeouts. */
    public byte[] config() throws IOException {
        Optional<ActorRuntime> hosted = runtime();
        return hosted.isPresent() ? hosted.get().serializeConfig() : NO_ACTORS;
    }

    @PreDestroy
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
