package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.LowStockReport;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Port: the latest {@link LowStockReport}, each one replacing the one before. */
public interface LowStockReports {

    CompletionStage<Void> save(LowStockReport report);

    /** Empty before the first report. */
    CompletionStage<Optional<LowStockReport>> latest();
}
