package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.application.LowStockReports;
import dev.daprshop.inventory.application.ProductIndexRepository;
import dev.daprshop.inventory.application.ReservationRepository;
import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.Reservation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Reservations, the product index and the latest low-stock report in the Dapr state store
 * {@value #STORE}, one key each (a product's stock is its actor's state). Writes carry the
 * ETag they were read with (first write wins), so a concurrent change makes them fail instead of
 * being overwritten.
 */
@ApplicationScoped
public class InventoryStore implements ReservationRepository, ProductIndexRepository, LowStockReports {

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

    @Override
    public CompletionStage<ProductIndex> current() {
        return indexes.find(PRODUCT_INDEX).thenApply(found -> found.map(Versioned::value).orElseGet(ProductIndex::empty));
    }

    @Override
    public CompletionStage<Void> update(UnaryOperator<ProductIndex> change) {
        // The first product creates the index: of two first writes, the one that loses runs again
        // and then updates the winner's index.
        return OptimisticRetry.run(() -> indexes.update(PRODUCT_INDEX, change).thenCompose(updated -> updated.isPresent()
                ? CompletableFuture.<Void>completedStage(null)
                : indexes.save(PRODUCT_INDEX, Versioned.fresh(change.apply(ProductIndex.empty())))));
    }

    @Override
    public CompletionStage<Void> save(LowStockReport report) {
        return reports.put(LOW_STOCK_REPORT, report);
    }

    @Override
    public CompletionStage<Optional<LowStockReport>> latest() {
        return reports.find(LOW_STOCK_REPORT).thenApply(found -> found.map(Versioned::value));
    }

    @Override
    public CompletionStage<Optional<Versioned<Reservation>>> find(String orderId) {
        return reservations.find(orderId);
    }

    @Override
    public CompletionStage<Void> save(Versioned<Reservation> reservation) {
        return reservations.save(reservation.value().orderId(), reservation);
    }
}
