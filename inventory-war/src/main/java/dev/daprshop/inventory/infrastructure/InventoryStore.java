package dev.daprshop.inventory.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.state.States;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.Reservation;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Reservations, the product index and the latest low-stock report in the Dapr state store
 * {@value #STORE}, one key each (a product's stock is its actor's state). Writes carry the
 * ETag they were read with (first write wins), so a concurrent change makes them fail instead of
 * being overwritten.
 */
@ApplicationScoped
public class InventoryStore {

    static final String STORE = "statestore";
    private static final String PRODUCT_INDEX_KEY = "products";
    private static final String REPORT_KEY = "report-low-stock";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<ProductIndex>>> productIndex() {
        return dapr.getState(STORE, PRODUCT_INDEX_KEY, ProductIndex.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> saveProductIndex(Versioned<ProductIndex> index) {
        return dapr.saveState(STORE, PRODUCT_INDEX_KEY, index.etag(), index.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> saveReport(LowStockReport report) {
        return dapr.saveState(STORE, REPORT_KEY, report).contextWrite(TraceContext.reactor()).toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<LowStockReport>> report() {
        return dapr.getState(STORE, REPORT_KEY, LowStockReport.class)
                .contextWrite(TraceContext.reactor())
                .map(state -> Optional.ofNullable(state.getValue()))
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

    static String reservationKey(String orderId) {
        return "reservation-" + orderId;
    }
}
