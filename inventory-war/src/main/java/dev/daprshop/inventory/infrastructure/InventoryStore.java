package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Stock;
import io.dapr.client.DaprClient;
import io.dapr.client.domain.State;
import io.dapr.client.domain.StateOptions;
import io.dapr.client.domain.TransactionalStateOperation;
import io.dapr.client.domain.TransactionalStateOperation.OperationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Stock and reservations in the Dapr state store {@value #STORE}. Writes carry the ETag they
 * were read with (first write wins), so a concurrent change makes them fail instead of being
 * overwritten.
 */
@ApplicationScoped
public class InventoryStore {

    static final String STORE = "statestore";

    private static final StateOptions FIRST_WRITE =
            new StateOptions(StateOptions.Consistency.STRONG, StateOptions.Concurrency.FIRST_WRITE);

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Stock>>> stock(String productId) {
        return dapr.getState(STORE, stockKey(productId), Stock.class)
                .contextWrite(TraceContext.reactor())
                .map(InventoryStore::versioned)
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "bulk get", component = STORE)
    public CompletionStage<List<Optional<Versioned<Stock>>>> stocks(List<String> productIds) {
        return dapr.getBulkState(STORE, productIds.stream().map(InventoryStore::stockKey).toList(), Stock.class)
                .contextWrite(TraceContext.reactor())
                .map(states -> states.stream().map(InventoryStore::versioned).toList())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> save(Versioned<Stock> stock) {
        return dapr.saveState(STORE, stockKey(stock.value().productId()), stock.etag(), stock.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Reservation>>> reservation(String orderId) {
        return dapr.getState(STORE, reservationKey(orderId), Reservation.class)
                .contextWrite(TraceContext.reactor())
                .map(InventoryStore::versioned)
                .toFuture();
    }

    /** Writes the changed stock and the reservation in one transaction: all or nothing. */
    @DaprCall(api = DaprApi.STATE, operation = "transaction", component = STORE)
    public CompletionStage<Void> commit(List<Versioned<Stock>> stocks, Versioned<Reservation> reservation) {
        List<TransactionalStateOperation<?>> operations = new ArrayList<>();
        for (Versioned<Stock> stock : stocks) {
            operations.add(upsert(stockKey(stock.value().productId()), stock));
        }
        operations.add(upsert(reservationKey(reservation.value().orderId()), reservation));
        return dapr.executeStateTransaction(STORE, operations)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    private static <T> TransactionalStateOperation<T> upsert(String key, Versioned<T> versioned) {
        return new TransactionalStateOperation<>(OperationType.UPSERT,
                new State<>(key, versioned.value(), versioned.etag(), FIRST_WRITE));
    }

    private static <T> Optional<Versioned<T>> versioned(State<T> state) {
        return state.getValue() == null ? Optional.empty() : Optional.of(new Versioned<>(state.getValue(), state.getEtag()));
    }

    static String stockKey(String productId) {
        return "stock-" + productId;
    }

    static String reservationKey(String orderId) {
        return "reservation-" + orderId;
    }
}
