package dev.daprshop.inventory.infrastructure;

import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import io.dapr.actors.ActorMethod;
import io.dapr.actors.ActorType;
import java.math.BigDecimal;
import reactor.core.publisher.Mono;

/**
 * One product's stock as a Dapr virtual actor (actor id = product id). Dapr runs one call per
 * actor at a time, so every change to a product's stock is a turn of its own: concurrent orders
 * can never hold more units than there are. Holds are idempotent by order id; a hold that is
 * neither confirmed nor released in time is released by a reminder; a sale whose order is
 * cancelled after all is taken back. ({@code @ActorMethod} tells
 * the SDK's proxy what a {@code Mono} carries.)
 *
 * <p>A wire contract: daprd routes calls by the type name {@value #TYPE} and the method names, and
 * reminders already registered name this type; the arguments and answers travel as JSON.
 */
@ActorType(name = InventoryActor.TYPE)
public interface InventoryActor {

    String TYPE = "InventoryActor";

    /** The product's stock; empty when the product is unknown. */
    @ActorMethod(returns = Stock.class)
    Mono<Stock> stock();

    /** Sets the units free to sell and the price; units held for orders stay held. */
    @ActorMethod(returns = Stock.class)
    Mono<Stock> restock(Restock restock);

    /** Holds units for an order (again: the same answer). */
    @ActorMethod(returns = HoldOutcome.class)
    Mono<HoldOutcome> reserve(Hold hold);

    /** Sells the order's held units; answers how the order's hold ended. */
    @ActorMethod(returns = Settlement.class)
    Mono<Settlement> confirm(String orderId);

    /**
     * The order is off: its held units are free to sell again, or, when they were sold already, the
     * sale is taken back ({@code quantity} units return). Answers how the order's hold ended.
     */
    @ActorMethod(returns = Settlement.class)
    Mono<Settlement> release(Hold hold);

    record Restock(int available, BigDecimal unitPrice) {
    }

    record Hold(String orderId, int quantity) {
    }
}
