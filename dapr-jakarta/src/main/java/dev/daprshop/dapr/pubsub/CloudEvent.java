package dev.daprshop.dapr.pubsub;

/**
 * The CloudEvent envelope daprd delivers to a subscriber, with the members the services read: the
 * event's {@code id} (the same on every redelivery: what a consumer applies once), its {@code type}
 * and its {@code data}.
 */
public record CloudEvent<T>(String id, String type, String source, T data) {
}
