package dev.daprshop.order.application.saga;

import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import java.util.List;

/**
 * What the saga's steps take and give: stored in the workflow's history as JSON, so their
 * components are a format. (The placing step answers a {@link dev.daprshop.order.application.Reservation}.)
 */
public final class Steps {

    private Steps() {
    }

    /** The workflow's input. The payment timeout is fixed when the order is placed (replay-safe). */
    public record OrderToPlace(String orderId, List<OrderLine> items, long paymentTimeoutSeconds) {
    }

    /** payment-service's decision, raised on the workflow as {@link OrderWorkflow#PAYMENT_RESULT}. */
    public record PaymentResult(boolean approved, String reason) {
    }

    public record Settlement(String orderId, OrderStatus status, String reason) {
    }
}
