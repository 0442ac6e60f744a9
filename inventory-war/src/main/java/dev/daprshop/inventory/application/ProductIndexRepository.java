package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.ProductIndex;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** Port: the one {@link ProductIndex} of the service. */
public interface ProductIndexRepository {

    /** The index; {@link ProductIndex#empty empty} when no product was ever stocked. */
    CompletionStage<ProductIndex> current();

    /**
     * Changes the index (none yet: the empty one) and writes it, under the optimistic retry: a
     * concurrent change is never lost. A change that leaves the index as it was writes nothing.
     */
    CompletionStage<Void> update(UnaryOperator<ProductIndex> change);
}
