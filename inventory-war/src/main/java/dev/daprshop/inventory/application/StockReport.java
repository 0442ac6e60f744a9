package dev.daprshop.inventory.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import dev.daprshop.inventory.infrastructure.ReportPublisher;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The periodic low-stock report (driven by the cron input binding {@code stock-report}): every
 * product whose free stock is below {@code inventory.low-stock-threshold} (configuration store,
 * default 5), kept as the latest report and published on topic {@code low-stock}.
 */
@ApplicationScoped
public class StockReport {

    static final String THRESHOLD = "inventory.low-stock-threshold";
    private static final int DEFAULT_THRESHOLD = 5;

    @Inject
    InventoryStore store;

    @Inject
    ReportPublisher publisher;

    @Inject
    LiveConfiguration configuration;

    void watch(@Observes Startup startup) {
        configuration.watch(THRESHOLD);
    }

    public CompletionStage<LowStockReport> run() {
        int threshold = threshold();
        String traceId = Span.current().getSpanContext().getTraceId();
        return store.productIndex()
                .thenCompose(index -> index.isEmpty()
                        ? CompletableFuture.completedStage(List.<Stock>of())
                        : store.stocks(index.get().value().productIds()))
                .thenApply(stocks -> new LowStockReport(Instant.now().toString(), threshold, stocks.stream()
                        .filter(stock -> stock.available() < threshold)
                        .sorted(Comparator.comparing(Stock::productId))
                        .map(stock -> new LowStockReport.Item(stock.productId(), stock.available(), stock.reserved()))
                        .toList(), traceId))
                .thenCompose(report -> store.saveReport(report)
                        .thenCompose(saved -> publisher.publish(report))
                        .thenApply(published -> report));
    }

    public CompletionStage<Optional<LowStockReport>> latest() {
        return store.report();
    }

    private int threshold() {
        return configuration.value(THRESHOLD).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return DEFAULT_THRESHOLD;
            }
        }).orElse(DEFAULT_THRESHOLD);
    }
}
