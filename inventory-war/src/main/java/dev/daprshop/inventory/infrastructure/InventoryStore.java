package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.Reservation;
import jakarta.annotation.PostConstruct;
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
    private static final String PRODUCT_INDEX = "products";
    private static final String LOW_STOCK_REPORT = "low-stock";

    @Inject
    StateRepositories repositories;

    private StateRepository<ProductIndex> indexes;
    private StateRepository<LowStockReport> reports;
    private StateRepository<Reservation> reservations;

    @PostConstruct
    void open() {
        indexes = repositories.of(STORE, "", ProductIndex.class);
        reports = repositories.of(STORE, "report-", LowStockReport.class);
        reservations = repositories.of(STORE, "reservation-", Reservation.class);
    }

    public CompletionStage<Optional<Versioned<ProductIndex>>> productIndex() {
        return indexes.find(PRODUCT_INDEX);
    }

    public CompletionStage<Void> saveProductIndex(Versioned<ProductIndex> index) {
        return indexes.save(PRODUCT_INDEX, index);
    }

    public CompletionStage<Void> saveReport(LowStockReport report) {
        return reports.put(LOW_STOCK_REPORT, report);
    }

    public CompletionStage<Optional<LowStockReport>> report() {
        return reports.find(LOW_STOCK_REPORT).thenApply(found -> found.map(Versioned::value));
    }

    public CompletionStage<Optional<Versioned<Reservation>>> reservation(String orderId) {
        return reservations.find(orderId);
    }

    public CompletionStage<Void> saveReservation(Versioned<Reservation> reservation) {
        return reservations.save(reservation.value().orderId(), reservation);
    }
}
