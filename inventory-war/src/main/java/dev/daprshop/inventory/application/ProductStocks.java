package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Port: every product's {@link Stock}, each changed one call at a time, so concurrent orders can
 * never hold more units than there are. Holds are idempotent by order id; a hold that is neither
 * confirmed nor released in time runs out by itself ({@link Settlement#EXPIRED}).
 */
public interface ProductStocks {

    /** The product's stock; empty when the product is unknown. */
    CompletionStage<Optional<Stock>> stock(String productId);

    /** Sets the units free to sell and the price; units held for orders stay held. */
    CompletionStage<Stock> restock(String productId, int available, BigDecimal unitPrice);

    /** Holds units for an order (again: the same answer). */
    CompletionStage<HoldOutcome> hold(String productId, String orderId, int quantity);

    /** Sells the order's held units; answers how the order's hold ended. */
    CompletionStage<Settlement> confirm(String productId, String orderId);

    /**
     * The order is off: its held units are free to sell again, or, when they were sold already, the
     * sale is taken back ({@code quantity} units return). Answers how the order's hold ended.
     */
    CompletionStage<Settlement> release(String productId, String orderId, int quantity);
}
