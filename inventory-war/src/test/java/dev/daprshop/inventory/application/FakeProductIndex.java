package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.ProductIndex;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** The product index in memory; counts the writes (an unchanged index is not written, as in the state store). */
class FakeProductIndex implements ProductIndexRepository {

    ProductIndex index = ProductIndex.empty();
    int writes;

    @Override
    public CompletionStage<ProductIndex> current() {
        return CompletableFuture.completedStage(index);
    }

    @Override
    public CompletionStage<Void> update(UnaryOperator<ProductIndex> change) {
        ProductIndex changed = change.apply(index);
        if (!changed.equals(index)) {
            index = changed;
            writes++;
        }
        return CompletableFuture.completedStage(null);
    }
}
