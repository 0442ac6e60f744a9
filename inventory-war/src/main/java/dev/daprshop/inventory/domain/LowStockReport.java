package dev.daprshop.inventory.domain;

import java.util.List;

/**
 * Products whose free stock is below the threshold, as of one run of the stock report
 * ({@code generatedAt}: ISO-8601 instant, kept as text for any JSON mapper).
 */
public record LowStockReport(String generatedAt, int threshold, List<StockLevel> products, String traceId) {

    public static final String TYPE = "LowStockReported";
}
