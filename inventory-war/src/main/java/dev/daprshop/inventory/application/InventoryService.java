package dev.daprshop.inventory.application;

import static dev.daprshop.inventory.domain.ReservationRejected.Reason.NOT_ENOUGH_STOCK;
import static dev.daprshop.inventory.domain.ReservationRejected.Reason.UNKNOWN_PRODUCT;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.ReservationRejected;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Stock and reservations. Every change of a product's stock is one read-modify-write of its key
 * with the ETag it was read with, retried on a lost race, so concurrent orders never oversell.
 * A reservation holds the lines of an order product by product; when one line cannot be held,
 * the lines already held are given back. Everything is idempotent by order id.
 */
@ApplicationScoped
public class InventoryService {

    @Inject
    InventoryStore store;

    public CompletionStage<Optional<Stock>> stock(String productId) {
        return store.stock(productId).thenApply(found -> found.map(Versioned::value));
    }

    public CompletionStage<Stock> setStock(String productId, int available, BigDecimal unitPrice) {
        return index(productId).thenCompose(indexed -> OptimisticRetry.run(() -> store.stock(productId).thenCompose(found -> {
            Versioned<Stock> updated = found
                    .map(current -> current.with(current.value().restock(available, unitPrice)))
                    .orElseGet(() -> Versioned.fresh(Stock.of(productId, available, unitPrice)));
            return store.saveStock(updated).thenApply(saved -> updated.value());
        })));
    }

    /** Lists the product in the index the stock report goes through (before its stock exists). */
    private CompletionStage<Void> index(String productId) {
        return OptimisticRetry.run(() -> store.productIndex().thenCompose(found -> {
            Versioned<ProductIndex> index = found.orElseGet(() -> Versioned.fresh(ProductIndex.empty()));
            return index.value().contains(productId)
                    ? CompletableFuture.<Void>completedStage(null)
                    : store.saveProductIndex(index.with(index.value().with(productId)));
        }));
    }

    /** Holds the units of every line, or none: fails with {@link ReservationRejected}. */
    public CompletionStage<Reservation> reserve(String orderId, Map<String, Integer> quantities) {
        // A concurrent request for the same order loses the reservation's first write and, retried,
        // finds the winner's reservation.
        return OptimisticRetry.run(() -> store.reservation(orderId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedStage(existing.get().value())
                : holdAll(orderId, List.copyOf(quantities.entrySet()), new ArrayList<>())));
    }

    private CompletionStage<Reservation> holdAll(String orderId, List<Map.Entry<String, Integer>> toHold, List<Line> held) {
        if (held.size() == toHold.size()) {
            Reservation reservation = new Reservation(orderId, Reservation.Status.RESERVED, List.copyOf(held));
            return store.saveReservation(Versioned.fresh(reservation)).thenApply(saved -> reservation);
        }
        Map.Entry<String, Integer> next = toHold.get(held.size());
        return hold(orderId, next.getKey(), next.getValue())
                .thenCompose(line -> {
                    held.add(line);
                    return holdAll(orderId, toHold, held);
                })
                .exceptionallyCompose(failure -> giveBack(orderId, held)
                        .thenCompose(done -> CompletableFuture.failedStage(OptimisticRetry.unwrap(failure))));
    }

    private CompletionStage<Line> hold(String orderId, String productId, int quantity) {
        return changeStock(productId, stock -> {
            if (!stock.holdsFor(orderId) && !stock.canHold(quantity)) {
                throw new ReservationRejected(NOT_ENOUGH_STOCK, productId);
            }
            return stock.hold(orderId, quantity);
        }).thenApply(stock -> new Line(productId, quantity, stock.unitPrice()));
    }

    private CompletionStage<Void> giveBack(String orderId, List<Line> lines) {
        CompletionStage<Void> all = CompletableFuture.completedStage(null);
        for (Line line : lines) {
            all = all.thenCompose(done -> changeStock(line.productId(), stock -> stock.release(orderId)).thenApply(stock -> null));
        }
        return all;
    }

    /** The held units are sold. Idempotent; empty when there is no such reservation. */
    public CompletionStage<Optional<Reservation>> confirm(String orderId) {
        return settle(orderId, Reservation.Status.CONFIRMED, Stock::sell);
    }

    /** The held units are free to sell again. Idempotent; empty when there is no such reservation. */
    public CompletionStage<Optional<Reservation>> release(String orderId) {
        return settle(orderId, Reservation.Status.RELEASED, Stock::release);
    }

    private CompletionStage<Optional<Reservation>> settle(String orderId, Reservation.Status outcome,
                                                          BiFunction<Stock, String, Stock> change) {
        return OptimisticRetry.run(() -> store.reservation(orderId).thenCompose(found -> {
            if (found.isEmpty() || found.get().value().status() != Reservation.Status.RESERVED) {
                return CompletableFuture.completedStage(found.map(Versioned::value));
            }
            CompletionStage<Void> stocks = CompletableFuture.completedStage(null);
            for (Line line : found.get().value().lines()) {
                stocks = stocks.thenCompose(done -> changeStock(line.productId(), stock -> change.apply(stock, orderId))
                        .thenApply(stock -> null));
            }
            Versioned<Reservation> settled = found.get().with(found.get().value().withStatus(outcome));
            return stocks.thenCompose(done -> store.saveReservation(settled)).thenApply(saved -> Optional.of(settled.value()));
        }));
    }

    /** One product's read-modify-write with its ETag, again from a fresh read when it loses a race. */
    private CompletionStage<Stock> changeStock(String productId, UnaryOperator<Stock> change) {
        return OptimisticRetry.run(() -> store.stock(productId).thenCompose(found -> {
            Versioned<Stock> stock = found.orElseThrow(() -> new ReservationRejected(UNKNOWN_PRODUCT, productId));
            Stock changed = change.apply(stock.value());
            return changed.equals(stock.value())
                    ? CompletableFuture.completedStage(changed)
                    : store.saveStock(stock.with(changed)).thenApply(saved -> changed);
        }));
    }
}
