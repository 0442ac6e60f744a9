package dev.daprshop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowStockReportTest {

    @Test
    void aLevelIsTheStocksFreeAndHeldUnits() {
        StockLevel level = StockLevel.of(Stock.of("p-1", 10, BigDecimal.ONE).hold("o-1", 4, Instant.EPOCH));

        assertThat(level).isEqualTo(new StockLevel("p-1", 6, 4));
    }

    @Test
    void reportsTheProductsBelowTheThresholdByProductId() {
        List<StockLevel> levels = List.of(new StockLevel("c", 1, 0), new StockLevel("a", 4, 9),
                new StockLevel("b", 5, 0), new StockLevel("d", 0, 3));

        LowStockReport report = LowStockReport.of("2026-01-01T00:00:00Z", 5, levels, "trace");

        assertThat(report.products()).extracting(StockLevel::productId).containsExactly("a", "c", "d");
        assertThat(report.threshold()).isEqualTo(5);
        assertThat(report.generatedAt()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(report.traceId()).isEqualTo("trace");
    }

    @Test
    void noLevelsNoProducts() {
        assertThat(LowStockReport.of("t", 5, List.of(), "trace").products()).isEmpty();
    }
}
