package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.jobs.JobHandler;
import dev.daprshop.dapr.jobs.Jobs;
import dev.daprshop.dapr.workflow.Workflows;
import dev.daprshop.order.application.OrderRepository;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Every accepted order reaches a final state, whatever happened to its workflow. When an order is
 * placed, a Dapr job is scheduled for its deadline (the payment timeout plus {@link #GRACE}); the
 * saga has ended the order long before, so the check finds it final and, for a cancelled order
 * whose workflow did not run to its end, finishes the compensation (stock back, payment refunded). An order still {@code PENDING}
 * then lost its workflow (the instance failed, was lost by the engine — dapr/dapr#9641 — or never
 * started): its instance is ended if it still runs and the order is cancelled. The job runs once
 * more after the history retention (its data says when that is) and deletes the finished
 * instance's history.
 */
@ApplicationScoped
public class OrderDeadlines implements JobHandler {

    /** How long after its payment timeout an order may still be PENDING before it is cancelled here. */
    public static final Duration GRACE = Duration.ofSeconds(30);
    static final String REASON = "the order was not finished in time; nothing is charged";
    private static final String PREFIX = "order-deadline-";
    /** A trigger this close to the end of the retention is its second one (the scheduler is not to the millisecond). */
    private static final Duration EARLY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(OrderDeadlines.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    Workflows workflows;

    @Inject
    OrderRepository orders;

    @Inject
    Settlements settlements;

    /** Schedules the order's check (again, for a repeated request: the last one counts). */
    public CompletionStage<Void> watch(String orderId, Duration paymentTimeout, Duration retention) {
        Instant deadline = Instant.now().plus(paymentTimeout).plus(GRACE);
        return jobs.twice(PREFIX + orderId, deadline, retention, quoted(deadline.plus(retention).toString()));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    /** The deadline: finish the order; after the retention: forget its workflow history. */
    @Override
    public CompletionStage<Void> run(String name, String data) {
        String orderId = name.substring(PREFIX.length());
        boolean retentionOver = Instant.now().plus(EARLY).isAfter(Instant.parse(unquoted(data)));
        return orders.find(orderId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.<Void>completedStage(null);
            }
            Order order = found.get();
            if (order.status() == OrderStatus.COMPLETED) {
                return retentionOver ? purge(orderId) : CompletableFuture.<Void>completedStage(null);
            }
            if (order.isFinal()) {
                return repairIfCutShort(order)
                        .thenCompose(done -> retentionOver ? purge(orderId) : CompletableFuture.<Void>completedStage(null));
            }
            return workflows.endIfRunning(orderId, REASON).thenCompose(ended -> {
                LOG.warning(() -> "order " + orderId + " still PENDING at its deadline (workflow "
                        + (ended ? "terminated" : "gone") + "): cancelled");
                return settlements.cancel(orderId, OrderStatus.CANCELLED, REASON);
            });
        });
    }

    /**
     * A cancelled order whose workflow did not run to its end (it failed, or was ended by this
     * check) may have been cut short between its status and its compensation: cancelling again is
     * idempotent and finishes it. One whose workflow completed was compensated in full.
     */
    private CompletionStage<Void> repairIfCutShort(Order order) {
        return workflows.completed(order.orderId()).thenCompose(completed -> completed
                ? CompletableFuture.<Void>completedStage(null)
                : settlements.cancel(order.orderId(), order.status(), order.reason()));
    }

    /** The history goes; an instance the engine will not purge (still running?) is only logged, not retried. */
    private CompletionStage<Void> purge(String orderId) {
        return workflows.purge(orderId).<Void>thenApply(purged -> null).exceptionally(refused -> {
            LOG.warning(() -> "workflow history of order " + orderId + " not purged: " + refused);
            return null;
        });
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String unquoted(String json) {
        return json.strip().replace("\"", "");
    }
}
