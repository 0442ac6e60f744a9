package dev.daprshop.inventory.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.state.States;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Stock;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Stock and reservations in the Dapr state store {@value #STORE}, one key each. Writes carry the
 * ETag they were read with (first write wins), so a concurrent change makes them fail instead of
 * being overwritten.
 */
@ApplicationScoped
public class InventoryStore {

    static final String STORE = "statestore";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Stock>>> stock(String productId) {
        return dapr.getState(STORE, stockKey(productId), Stock.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> saveStock(Versioned<Stock> stock) {
        return dapr.saveState(STORE, stockKey(stock.value().productId()), stock.etag(), stock.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Reservation>>> reservation(String orderId) {
        return dapr.getState(STORE, reservationKey(orderId), Reservation.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> saveReservation(Versioned<Reservation> reservation) {
        return dapr.saveState(STORE, reservationKey(reservation.value().orderId()), reservation.etag(),
                        reservation.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    static String stockKey(String productId) {
        return "stock-" + productId;
    }

    static String reservationKey(String orderId) {
        return "reservation-" + orderId;
    }
}
