package dev.daprshop.dapr.pubsub;

import java.util.Map;

/** How this project publishes: daprd wraps the data in a CloudEvent whose {@code type} names the event. */
public final class CloudEvents {

    private CloudEvents() {
    }

    /** Publish metadata that sets the CloudEvent's {@code type} (daprd's default says nothing). */
    public static Map<String, String> ofType(String type) {
        return Map.of("cloudevent.type", type);
    }
}
