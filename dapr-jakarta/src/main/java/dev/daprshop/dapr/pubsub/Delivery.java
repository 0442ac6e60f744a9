package dev.daprshop.dapr.pubsub;

/**
 * The answer to daprd for one delivered event: {@code SUCCESS} acknowledges it, {@code RETRY}
 * asks for it again, {@code DROP} gives up on it (daprd sends it to the subscription's
 * dead-letter topic).
 */
public record Delivery(String status) {

    public static final Delivery SUCCESS = new Delivery("SUCCESS");
    public static final Delivery RETRY = new Delivery("RETRY");
    public static final Delivery DROP = new Delivery("DROP");
}
