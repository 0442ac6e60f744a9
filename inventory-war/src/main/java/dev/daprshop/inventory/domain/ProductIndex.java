package dev.daprshop.inventory.domain;

import java.util.Set;
import java.util.TreeSet;

/** The ids of all products with stock: what the stock report goes through. */
public record ProductIndex(Set<String> productIds) {

    public ProductIndex {
        productIds = Set.copyOf(productIds);
    }

    public static ProductIndex empty() {
        return new ProductIndex(Set.of());
    }

    public boolean contains(String productId) {
        return productIds.contains(productId);
    }

    public ProductIndex with(String productId) {
        TreeSet<String> ids = new TreeSet<>(productIds);
        ids.add(productId);
        return new ProductIndex(ids);
    }
}
