package dev.daprshop.inventory.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Stock and reservations. A product's stock changes only through {@link ProductStocks}, one call
 * at a time. A reservation holds the lines of an order product by product; when one line cannot be
 * held, the lines already held are given back. The reservation itself (which products an order
 * holds) is a record of its own ({@link ReservationRepository}). Everything is idempotent by order id.
 */
@ApplicationScoped
public class InventoryService {

    @Inject
    ProductStocks stocks;

    @Inject
    ReservationRepository reservations;

    @Inject
    ProductIndexRepository products;

    @Inject
    EventLog events;

    @Inject
    InventoryMetrics metrics;

    public CompletionStage<Optional<Stock>> stock(String productId) {
        return stocks.stock(productId);
    }

    /** Lists the product in the index the stock report goes through, then sets its stock. */
    public CompletionStage<Stock> setStock(String productId, int available, BigDecimal unitPrice) {
        return products.update(index -> index.with(productId))
                .thenCompose(listed -> stocks.restock(productId, available, unitPrice));
    }

    /**
     * Holds the units of every line, or none: then the answer is {@code REJECTED} with the reason
     * (a business answer, not a failure: callers and Dapr's resiliency policies see a success).
     */
    public CompletionStage<Reservation> reserve(String orderId, Map<String, Integer> quantities) {
        // A concurrent request for the same order holds nothing twice (holds are per order) and,
        // losing the reservation's first write, is retried and finds the winner's reservation.
        return OptimisticRetry.run(() -> reservations.find(orderId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedStage(existing.get().value())
                : holdAll(orderId, List.copyOf(quantities.entrySet()), new ArrayList<>())));
    }

    private CompletionStage<Reservation> holdAll(String orderId, List<Map.Entry<String, Integer>> toHold, List<Line> held) {
        if (held.size() == toHold.size()) {
            Reservation reservation = Reservation.reserved(orderId, held);
            return reservations.save(Versioned.fresh(reservation)).thenApply(saved -> {
                metrics.held(reservation);
                events.info("order " + orderId + ": stock held, " + held.size() + " product(s)");
                return reservation;
            });
        }
        String productId = toHold.get(held.size()).getKey();
        int quantity = toHold.get(held.size()).getValue();
        return stocks.hold(productId, orderId, quantity).thenCompose(outcome -> {
            if (outcome.status() == HoldOutcome.Status.HELD) {
                held.add(new Line(productId, quantity, outcome.unitPrice()));
                return holdAll(orderId, toHold, held);
            }
            String reason = switch (outcome.status()) {
                case UNKNOWN_PRODUCT -> "unknown product " + productId;
                case SETTLED -> "the order was released before its stock was held";
                default -> "not enough stock of " + productId;
            };
            events.info("order " + orderId + ": stock refused, " + reason);
            return giveBack(orderId, held).thenApply(released -> Reservation.rejected(orderId, reason));
        });
    }

    /**
     * The held units of every line are sold, or none: when a hold ran out before (or was released),
     * the lines already sold are taken back and the reservation ends {@code EXPIRED} (or
     * {@code RELEASED}). Idempotent; empty when there is no such reservation.
     */
    public CompletionStage<Optional<Reservation>> confirm(String orderId) {
        return OptimisticRetry.run(() -> reservations.find(orderId).thenCompose(found -> {
            if (found.isEmpty() || found.get().value().status() != Reservation.Status.RESERVED) {
                return CompletableFuture.completedStage(found.map(Versioned::value));
            }
            Versioned<Reservation> reservation = found.get();
            List<Line> lines = reservation.value().lines();
            return each(lines, line -> stocks.confirm(line.productId(), orderId)).thenCompose(ends -> {
                Reservation ended = reservation.value().afterConfirming(ends);
                if (ended.status() == Reservation.Status.CONFIRMED) {
                    return saveAs(reservation, ended);
                }
                return giveBack(orderId, lines).thenCompose(givenBack -> saveAs(reservation, ended));
            });
        }));
    }

    /**
     * The order is off: held units are free to sell again and sold ones are taken back. Idempotent.
     * An order without a recorded reservation has {@code lines} (its own, as the caller knows them)
     * released, and gets a released reservation, so that a reservation request still on its way (a
     * retry) holds nothing for it afterwards.
     */
    public CompletionStage<Reservation> release(String orderId, Map<String, Integer> lines) {
        return OptimisticRetry.run(() -> reservations.find(orderId).thenCompose(found -> {
            if (found.isEmpty()) {
                // Held, maybe, but never recorded (a crash between the two): first the released
                // reservation (a late request now holds nothing), then the order's lines are
                // released product by product (nothing held, nothing changes).
                Reservation none = Reservation.releasedUnheld(orderId);
                List<Line> asked = lines.entrySet().stream().map(line -> new Line(line.getKey(), line.getValue(), null)).toList();
                return reservations.save(Versioned.fresh(none))
                        .thenCompose(saved -> giveBack(orderId, asked))
                        .thenApply(released -> none);
            }
            Versioned<Reservation> reservation = found.get();
            if (!reservation.value().holdsOrSold()) {
                return CompletableFuture.completedStage(reservation.value());
            }
            return giveBack(orderId, reservation.value().lines())
                    .thenCompose(ends -> saveAs(reservation, reservation.value().release()))
                    .thenApply(Optional::orElseThrow);
        }));
    }

    private CompletionStage<Optional<Reservation>> saveAs(Versioned<Reservation> reservation, Reservation ended) {
        return reservations.save(reservation.with(ended)).thenApply(saved -> {
            metrics.settled(ended);
            return Optional.of(ended);
        });
    }

    /** Releases the order's hold (or sale) of every line. */
    private CompletionStage<List<Settlement>> giveBack(String orderId, List<Line> lines) {
        return each(lines, line -> stocks.release(line.productId(), orderId, line.quantity()));
    }

    /** One product's call per line, one after the other. */
    private static CompletionStage<List<Settlement>> each(List<Line> lines, Function<Line, CompletionStage<Settlement>> change) {
        CompletionStage<List<Settlement>> all = CompletableFuture.completedStage(new ArrayList<>());
        for (Line line : lines) {
            all = all.thenCompose(ends -> change.apply(line).thenApply(end -> {
                ends.add(end);
                return ends;
            }));
        }
        return all;
    }
}
