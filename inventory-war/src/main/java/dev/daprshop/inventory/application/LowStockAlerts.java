package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.LowStockReport;
import java.util.concurrent.CompletionStage;

/** Port: tells whoever restocks about each {@link LowStockReport}. */
public interface LowStockAlerts {

    CompletionStage<Void> publish(LowStockReport report);
}
