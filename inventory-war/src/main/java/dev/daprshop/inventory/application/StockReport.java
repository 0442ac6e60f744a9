package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.infrastructure.InventoryActors;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import dev.daprshop.inventory.infrastructure.ReportPublisher;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The periodic low-stock report (driven by the cron input binding {@code stock-report}): every
 * product whose free stock is below {@code inventory.low-stock-threshold} ({@link InventorySettings}), kept as the latest report and published on topic {@code low-stock}.
 */
@ApplicationScoped
public class StockReport {

    @Inject
    InventoryStore store;

    @Inject
    ReportPublisher publisher;

    @Inject
    InventoryActors actors;

    @Inject
    InventorySettings settings;

    public CompletionStage<LowStockReport> run() {
        int threshold = settings.lowStockThreshold();
        String traceId = Span.current().getSpanContext().getTraceId();
        return store.productIndex()
                .thenCompose(index -> index.isEmpty()
                        ? CompletableFuture.completedStage(List.<Stock>of())
                        : stocks(index.get().value().productIds()))
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

    /** Every product's stock, asked of the product actors in parallel. */
    private CompletionStage<List<Stock>> stocks(Collection<String> productIds) {
        List<CompletableFuture<Optional<Stock>>> asked = productIds.stream()
                .map(productId -> actors.stock(productId).toCompletableFuture()).toList();
        return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
                .thenApply(all -> asked.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList());
    }
}
