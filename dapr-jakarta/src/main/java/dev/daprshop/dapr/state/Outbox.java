package dev.daprshop.dapr.state;

import dev.daprshop.dapr.tracing.TraceContext;
import io.dapr.client.domain.State;
import io.dapr.client.domain.StateOptions;
import io.dapr.client.domain.TransactionalStateOperation;
import io.dapr.client.domain.TransactionalStateOperation.OperationType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A state write and the event announcing it, in one Dapr state transaction on a store with the
 * transactional outbox ({@code outboxPublishPubsub}/{@code outboxPublishTopic}): daprd publishes
 * the event only once the state is committed, so a crash between "save" and "publish" cannot lose
 * it.
 *
 * <p>The event is an {@code outbox.projection} of the same key: published, never stored. The
 * stored operation carries the CloudEvent {@code type} and the current {@code traceparent}, which
 * daprd copies into the CloudEvent; without it Dapr 1.16 starts the delivery in a new trace.
 */
public final class Outbox {

    private Outbox() {
    }

    /** Writes {@code state} under {@code key} (checked against {@code etag}; null for a new key) and publishes {@code event}. */
    public static List<TransactionalStateOperation<?>> saveAndPublish(String key, Object state, String etag, StateOptions options,
                                                                      String eventType, Object event) {
        Map<String, String> stored = new HashMap<>(TraceContext.headers());
        stored.put("type", eventType);
        State<Object> projection = new State<>(key, event, null,
                Map.of("outbox.projection", "true", "contentType", "application/json"), null);
        State<Object> persisted = new State<>(key, state, etag, stored, options);
        return List.of(new TransactionalStateOperation<>(OperationType.UPSERT, projection),
                new TransactionalStateOperation<>(OperationType.UPSERT, persisted));
    }
}
