package dev.daprshop.dapr.pubsub;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * The events this application's subscriptions gave up on (daprd moved them to a dead-letter
 * topic after its retries). Each is logged with its trace id, counted in the metric
 * {@value #METRIC} (attribute {@code messaging.destination.name}: the dead-letter topic) and kept
 * among the latest {@value #KEPT} for {@code GET /diagnostics/dead-letters}. The letters
 * themselves stay in the dead-letter topic's stream, so nothing is lost by reading them here.
 */
@ApplicationScoped
public class DeadLetters {

    static final String METRIC = "daprshop.dead_letters";
    static final int KEPT = 100;
    private static final AttributeKey<String> TOPIC = AttributeKey.stringKey("messaging.destination.name");
    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    private final Deque<DeadLetter> latest = new ArrayDeque<>();
    private long count;
    private LongCounter counter;

    @Inject
    void meter(Meter meter) {
        counter = meter.counterBuilder(METRIC).setUnit("{event}")
                .setDescription("Events a subscription gave up on, by dead-letter topic").build();
    }

    /** One event daprd gave up on. */
    public record DeadLetter(String topic, String id, String type, String traceId, Instant receivedAt, String event) {
    }

    /** What {@code GET /diagnostics/dead-letters} shows: how many since the start, the latest first. */
    public record Summary(long count, List<DeadLetter> latest) {
    }

    public void record(DeadLetter letter) {
        LOG.warning(() -> "dead letter on " + letter.topic() + ": event " + letter.id() + " (" + letter.type()
                + ") of trace " + letter.traceId() + " was given up after its retries");
        counter.add(1, Attributes.of(TOPIC, letter.topic()));
        synchronized (latest) {
            count++;
            latest.addFirst(letter);
            while (latest.size() > KEPT) {
                latest.removeLast();
            }
        }
    }

    public Summary summary() {
        synchronized (latest) {
            return new Summary(count, List.copyOf(latest));
        }
    }
}
