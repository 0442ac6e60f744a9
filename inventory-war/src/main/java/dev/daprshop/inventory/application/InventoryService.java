package dev.daprshop.inventory.application;

import static dev.daprshop.inventory.domain.ReservationRejected.Reason.NOT_ENOUGH_STOCK;
import static dev.daprshop.inventory.domain.ReservationRejected.Reason.UNKNOWN_PRODUCT;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.ReservationRejected;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stock and reservations. Every change is a read-modify-write with ETags, retried on a lost race;
 * a reservation and the stock it holds change together in one state transaction. Reservations
 * are idempotent by order id: asking again for the same order returns the first answer.
 */
@ApplicationScoped
public class InventoryService {

    @Inject
    InventoryStore store;

    public CompletionStage<Optional<Stock>> stock(String productId) {
        return store.stock(productId).thenApply(found -> found.map(Versioned::value));
    }

    public CompletionStage<Stock> setStock(String productId, int available, BigDecimal unitPrice) {
        return OptimisticRetry.run(() -> store.stock(productId).thenCompose(found -> {
            Versioned<Stock> updated = found
                    .map(current -> current.with(current.value().restock(available, unitPrice)))
                    .orElseGet(() -> Versioned.fresh(new Stock(productId, available, 0, unitPrice)));
            return store.save(updated).thenApply(saved -> updated.value());
        }));
    }

    /** Holds the units of every line, or none: fails with {@link ReservationRejected}. */
    public CompletionStage<Reservation> reserve(String orderId, Map<String, Integer> quantities) {
        return OptimisticRetry.run(() -> store.reservation(orderId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedStage(existing.get().value())
                : reserveNew(orderId, quantities)));
    }

    private CompletionStage<Reservation> reserveNew(String orderId, Map<String, Integer> quantities) {
        List<String> productIds = List.copyOf(quantities.keySet());
        return store.stocks(productIds).thenCompose(found -> {
            List<Versioned<Stock>> updated = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < productIds.size(); i++) {
                String productId = productIds.get(i);
                int quantity = quantities.get(productId);
                Versioned<Stock> stock = found.get(i)
                        .orElseThrow(() -> new ReservationRejected(UNKNOWN_PRODUCT, productId));
                if (!stock.value().canReserve(quantity)) {
                    throw new ReservationRejected(NOT_ENOUGH_STOCK, productId);
                }
                updated.add(stock.with(stock.value().reserve(quantity)));
                lines.add(new Line(productId, quantity, stock.value().unitPrice()));
            }
            Reservation reservation = new Reservation(orderId, Reservation.Status.RESERVED, lines);
            return store.commit(updated, Versioned.fresh(reservation)).thenApply(done -> reservation);
        });
    }

    /** The held units are sold. Idempotent; empty when there is no such reservation. */
    public CompletionStage<Optional<Reservation>> confirm(String orderId) {
        return settle(orderId, Reservation.Status.CONFIRMED, Stock::confirm);
    }

    /** The held units are free to sell again. Idempotent; empty when there is no such reservation. */
    public CompletionStage<Optional<Reservation>> release(String orderId) {
        return settle(orderId, Reservation.Status.RELEASED, Stock::release);
    }

    private CompletionStage<Optional<Reservation>> settle(String orderId, Reservation.Status outcome, StockChange change) {
        return OptimisticRetry.run(() -> store.reservation(orderId).thenCompose(found -> {
            if (found.isEmpty() || found.get().value().status() != Reservation.Status.RESERVED) {
                return CompletableFuture.completedStage(found.map(Versioned::value));
            }
            Versioned<Reservation> reservation = found.get();
            Map<String, Integer> quantities = quantities(reservation.value().lines());
            List<String> productIds = List.copyOf(quantities.keySet());
            return store.stocks(productIds).thenCompose(stocks -> {
                List<Versioned<Stock>> updated = new ArrayList<>();
                for (int i = 0; i < productIds.size(); i++) {
                    int quantity = quantities.get(productIds.get(i));
                    stocks.get(i).ifPresent(stock -> updated.add(stock.with(change.apply(stock.value(), quantity))));
                }
                Versioned<Reservation> settled = reservation.with(reservation.value().withStatus(outcome));
                return store.commit(updated, settled).thenApply(done -> Optional.of(settled.value()));
            });
        }));
    }

    private static Map<String, Integer> quantities(List<Line> lines) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
        return quantities;
    }

    @FunctionalInterface
    private interface StockChange {
        Stock apply(Stock stock, int quantity);
    }
}
