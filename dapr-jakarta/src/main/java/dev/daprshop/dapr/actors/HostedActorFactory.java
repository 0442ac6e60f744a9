package dev.daprshop.dapr.actors;

import io.dapr.actors.runtime.AbstractActor;
import io.dapr.actors.runtime.ActorFactory;

/**
 * Declares an actor type this application hosts: a CDI bean implementing this interface creates
 * the type's instances, handing them the CDI services they need through their constructor.
 * {@link ActorHost} registers every such bean with the Dapr actor runtime — there is no list of
 * actor types to maintain.
 */
public interface HostedActorFactory<T extends AbstractActor> extends ActorFactory<T> {

    /** The actor class; its {@code @ActorType} names the type. */
    Class<T> actorClass();
}
