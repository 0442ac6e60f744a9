package dev.daprshop.inventory.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Products whose free stock is below the threshold, as of one run of the stock report
 * ({@code generatedAt}: ISO-8601 instant, kept as text for any JSON mapper).
 */
public record LowStockReport(String generatedAt, int threshold, List<StockLevel> products, String traceId) {

    public static final String TYPE = "LowStockReported";

    /** The report on {@code levels}: those {@link StockLevel#below below} the threshold, by product id. */
    public static LowStockReport of(String generatedAt, int threshold, Collection<StockLevel> levels, String traceId) {
        List<StockLevel> low = levels.stream()
                .filter(level -> level.below(threshold))
                .sorted(Comparator.comparing(StockLevel::productId))
                .toList();
        return new LowStockReport(generatedAt, threshold, low, traceId);
    }
}
