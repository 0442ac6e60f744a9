package dev.daprshop.dapr.pubsub;

/** One entry of {@code GET /dapr/subscribe}: which topic daprd delivers to which route (null: none). */
public record Subscription(String pubsubname, String topic, String route, String deadLetterTopic) {
}
