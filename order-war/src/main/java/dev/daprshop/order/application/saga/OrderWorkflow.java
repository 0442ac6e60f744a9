package dev.daprshop.order.application.saga;

import dev.daprshop.order.application.OrderMetrics;
import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.PaymentResult;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.domain.OrderStatus;
import io.dapr.durabletask.TaskCanceledException;
import io.dapr.durabletask.TaskFailedException;
import io.dapr.workflows.Workflow;
import io.dapr.workflows.WorkflowContext;
import io.dapr.workflows.WorkflowStub;
import io.dapr.workflows.WorkflowTaskOptions;
import io.dapr.workflows.WorkflowTaskRetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The order saga as a Dapr workflow (instance id = order id): place the order (hold the stock,
 * save the priced order, announce it), wait for payment-service's result as an external event,
 * then complete it (the hold becomes a sale, {@code COMPLETED}) or cancel it (the stock goes back,
 * a payment is refunded: {@code CANCELLED}). Refused stock ends the order {@code REJECTED}; a step
 * that fails after its retries cancels the order. Each step is one activity,
 * one durable round trip; daprd keeps the history, so the saga goes on where it stopped when the
 * application or its sidecar restarts.
 *
 * <p>This code is replayed from the history at every step: it must be deterministic and must not
 * call anything but the context (no clock, no I/O, no spans, no live configuration). The one
 * side effect, the order's outcome and duration in the business metrics, happens once: when the
 * end is reached live, not replayed.
 */
@ApplicationScoped
public class OrderWorkflow implements Workflow {

    /** The external event order-service raises when payment-service has decided. */
    public static final String PAYMENT_RESULT = "payment-result";

    /** The public reason of an order that failed to be placed (not refused): nothing internal in it. */
    public static final String PLACING_FAILED = "the order could not be placed at this time; please place it again later";

    /** The public reason of a paid order that could not be completed (its payment is refunded). */
    public static final String COMPLETING_FAILED = "the order could not be completed at this time; nothing is charged";

    /** Transient failures (a sidecar or service briefly away) are retried before a step fails. */
    private static final WorkflowTaskOptions RETRIED = new WorkflowTaskOptions(
            new WorkflowTaskRetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5), Duration.ofSeconds(30)));

    @Inject
    OrderMetrics metrics;

    @Override
    public WorkflowStub create() {
        return context -> {
            // The time of the history's first event: the same on every replay.
            Instant started = context.getCurrentInstant();
            OrderStatus outcome = run(context, context.getInput(OrderToPlace.class));
            if (!context.isReplaying()) {
                metrics.ended(outcome, Duration.between(started, context.getCurrentInstant()));
            }
        };
    }

    private static OrderStatus run(WorkflowContext context, OrderToPlace order) {
        String orderId = order.orderId();
        Reservation placed;
        try {
            placed = step(context, PlaceOrderActivity.class, order, Reservation.class);
        } catch (TaskFailedException failed) {
            // The customer reads a stable reason; the failure itself is in the log (PlaceOrderActivity).
            cancel(context, orderId, OrderStatus.REJECTED, PLACING_FAILED);
            return OrderStatus.REJECTED;
        }
        if (!placed.reserved()) {
            settle(context, orderId, OrderStatus.REJECTED, placed.reason());
            return OrderStatus.REJECTED;
        }
        PaymentResult payment = awaitPayment(context, order);
        try {
            if (payment.approved() && step(context, CompleteOrderActivity.class, orderId, Boolean.class)) {
                return OrderStatus.COMPLETED;
            }
            cancel(context, orderId, OrderStatus.CANCELLED,
                    payment.approved() ? "the reserved stock was released before the payment arrived" : payment.reason());
        } catch (TaskFailedException failed) {
            cancel(context, orderId, OrderStatus.CANCELLED, COMPLETING_FAILED);
        }
        // A compensation that fails even after its retries fails the workflow: the order's
        // deadline check (OrderDeadlines) then finishes the cancellation.
        return OrderStatus.CANCELLED;
    }

    private static PaymentResult awaitPayment(WorkflowContext context, OrderToPlace order) {
        try {
            return context.waitForExternalEvent(PAYMENT_RESULT, Duration.ofSeconds(order.paymentTimeoutSeconds()),
                    PaymentResult.class).await();
        } catch (TaskCanceledException timedOut) {
            return new PaymentResult(false, "no payment result within " + order.paymentTimeoutSeconds() + " s");
        }
    }

    /** Compensation: the order ends {@code status}, its stock goes back and its payment is refunded. */
    private static void cancel(WorkflowContext context, String orderId, OrderStatus status, String reason) {
        step(context, CancelOrderActivity.class, new Settlement(orderId, status, reason), Void.class);
    }

    private static void settle(WorkflowContext context, String orderId, OrderStatus status, String reason) {
        step(context, SettleOrderActivity.class, new Settlement(orderId, status, reason), Void.class);
    }

    private static <T> T step(WorkflowContext context, Class<?> activity, Object input, Class<T> result) {
        return context.callActivity(activity.getName(), input, RETRIED, result).await();
    }
}
