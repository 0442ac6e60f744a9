package dev.daprshop.order.application;

import dev.daprshop.order.domain.OrderLine;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** inventory-service in the terms of orders; every call is idempotent by order id. */
public interface Inventory {

    /** Holds the order's stock and prices it, or says why not. */
    CompletionStage<Reservation> reserve(String orderId, List<OrderLine> items);

    /** True when the held units are sold; false when the hold ran out (or was released) before. */
    CompletionStage<Boolean> confirm(String orderId);

    /**
     * Gives back what the order holds or bought. The order's lines go along: when inventory never
     * recorded the reservation (a crash between holding and recording), it releases them product
     * by product.
     */
    CompletionStage<Void> release(String orderId, List<OrderLine> items);
}
