package dev.daprshop.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.StockLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report reads the levels of the indexed products, keeps the low ones and both saves and publishes them. */
class StockReportTest {

    private final FakeProductIndex products = new FakeProductIndex();
    private final Map<String, StockLevel> levels = Map.of(
            "a", new StockLevel("a", 2, 0), "b", new StockLevel("b", 9, 1), "c", new StockLevel("c", 0, 4));
    private final List<LowStockReport> saved = new ArrayList<>();
    private final List<LowStockReport> published = new ArrayList<>();
    private final StockReport report = new StockReport();

    @BeforeEach
    void wire() {
        report.products = products;
        report.levels = (Collection<String> ids) -> CompletableFuture.completedStage(
                ids.stream().filter(levels::containsKey).map(levels::get).toList());
        report.reports = new LowStockReports() {
            @Override
            public CompletionStage<Void> save(LowStockReport lowStock) {
                saved.add(lowStock);
                return CompletableFuture.completedStage(null);
            }

            @Override
            public CompletionStage<Optional<LowStockReport>> latest() {
                return CompletableFuture.completedStage(saved.stream().reduce((first, second) -> second));
            }
        };
        report.alerts = lowStock -> {
            published.add(lowStock);
            return CompletableFuture.completedStage(null);
        };
        report.settings = new InventorySettings() {
            @Override
            public int lowStockThreshold() {
                return 5;
            }
        };
    }

    @Test
    void reportsTheIndexedProductsBelowTheThreshold() {
        products.index = new ProductIndex(Set.of("a", "b", "c", "never-levelled"));

        LowStockReport lowStock = report.run().toCompletableFuture().join();

        assertThat(lowStock.threshold()).isEqualTo(5);
        assertThat(lowStock.products()).extracting(StockLevel::productId).containsExactly("a", "c");
        assertThat(saved).containsExactly(lowStock);
        assertThat(published).containsExactly(lowStock);
        assertThat(report.latest().toCompletableFuture().join()).contains(lowStock);
    }

    @Test
    void withoutProductsTheReportIsEmpty() {
        assertThat(report.run().toCompletableFuture().join().products()).isEmpty();
        assertThat(published).hasSize(1);
    }
}
