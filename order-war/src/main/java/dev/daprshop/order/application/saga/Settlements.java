package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.infrastructure.OrderStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An order's final status (and why), written once: a retried step finds it written and changes nothing. */
final class Settlements {

    private Settlements() {
    }

    static CompletionStage<Void> apply(OrderStore store, EventLog events, Settlement settlement) {
        return store.order(settlement.orderId()).thenCompose(found -> {
            var order = found.orElseThrow(() -> new IllegalStateException("no order " + settlement.orderId()));
            return order.value().status().isFinal()
                    ? CompletableFuture.<Void>completedStage(null)
                    : store.save(order.with(order.value().settled(settlement.status(), settlement.reason())))
                            .thenRun(() -> events.info("order " + settlement.orderId() + " " + settlement.status()
                                    + (settlement.reason() == null ? "" : ": " + settlement.reason())));
        });
    }
}
