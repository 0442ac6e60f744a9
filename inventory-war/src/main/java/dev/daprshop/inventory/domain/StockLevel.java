package dev.daprshop.inventory.domain;

/** How much of a product is free to sell and how much is held, as the stock report reads it. */
public record StockLevel(String productId, int available, int reserved) {

    public static StockLevel of(Stock stock) {
        return new StockLevel(stock.productId(), stock.available(), stock.reserved());
    }

    /** Whether fewer units than {@code threshold} are free to sell. */
    public boolean below(int threshold) {
        return available < threshold;
    }
}
