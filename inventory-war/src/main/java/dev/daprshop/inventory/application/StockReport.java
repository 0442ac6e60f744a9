package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.LowStockReport;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The periodic low-stock report (driven by the cron input binding {@code stock-report}): every
 * product whose free stock is below {@code inventory.low-stock-threshold} ({@link InventorySettings}),
 * kept as the latest report and published. It reads the products' levels from the
 * {@link StockLevelReadModel} (two state calls however many products there are), not their stocks.
 */
@ApplicationScoped
public class StockReport {

    @Inject
    ProductIndexRepository products;

    @Inject
    StockLevelReadModel levels;

    @Inject
    LowStockReports reports;

    @Inject
    LowStockAlerts alerts;

    @Inject
    InventorySettings settings;

    public CompletionStage<LowStockReport> run() {
        int threshold = settings.lowStockThreshold();
        String traceId = Span.current().getSpanContext().getTraceId();
        return products.current()
                .thenCompose(index -> levels.of(index.productIds()))
                .thenApply(all -> LowStockReport.of(Instant.now().toString(), threshold, all, traceId))
                .thenCompose(report -> reports.save(report)
                        .thenCompose(saved -> alerts.publish(report))
                        .thenApply(published -> report));
    }

    public CompletionStage<Optional<LowStockReport>> latest() {
        return reports.latest();
    }
}
