package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.StockLevel;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Port: every product's {@link StockLevel}, kept up to date by the product's stock after each change,
 * so that a report reads all levels at once instead of asking each product.
 */
public interface StockLevelReadModel {

    /** The levels of these products; a product with no level yet is left out. */
    CompletionStage<List<StockLevel>> of(Collection<String> productIds);
}
