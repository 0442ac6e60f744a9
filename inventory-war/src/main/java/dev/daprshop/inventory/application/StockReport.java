package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.StockLevel;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import dev.daprshop.inventory.infrastructure.ReportPublisher;
import dev.daprshop.inventory.infrastructure.StockLevels;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The periodic low-stock report (driven by the cron input binding {@code stock-report}): every
 * product whose free stock is below {@code inventory.low-stock-threshold} ({@link InventorySettings}),
 * kept as the latest report and published on topic {@code low-stock}. It reads the products'
 * {@link StockLevels} (two state calls however many products there are), not their actors.
 */
@ApplicationScoped
public class StockReport {

    @Inject
    InventoryStore store;

    @Inject
    StockLevels levels;

    @Inject
    ReportPublisher publisher;

    @Inject
    InventorySettings settings;

    public CompletionStage<LowStockReport> run() {
        int threshold = settings.lowStockThreshold();
        String traceId = Span.current().getSpanContext().getTraceId();
        return store.productIndex()
                .thenCompose(index -> index.isEmpty()
                        ? CompletableFuture.completedStage(List.<StockLevel>of())
                        : levels.of(index.get().value().productIds()))
                .thenApply(all -> LowStockReport.of(Instant.now().toString(), threshold, all, traceId))
                .thenCompose(report -> store.saveReport(report)
                        .thenCompose(saved -> publisher.publish(report))
                        .thenApply(published -> report));
    }

    public CompletionStage<Optional<LowStockReport>> latest() {
        return store.report();
    }
}
