package dev.daprshop.inventory.application;

import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Products' stock in memory: holds succeed unless told otherwise, and every call is recorded. */
class FakeProductStocks implements ProductStocks {

    final Map<String, Stock> stocks = new HashMap<>();
    final Map<String, BigDecimal> prices = new HashMap<>();
    final Map<String, HoldOutcome.Status> holdAnswers = new HashMap<>();
    final Map<String, Settlement> confirmAnswers = new HashMap<>();
    final List<String> held = new ArrayList<>();
    final List<String> confirmed = new ArrayList<>();
    final List<String> released = new ArrayList<>();

    @Override
    public CompletionStage<Optional<Stock>> stock(String productId) {
        return CompletableFuture.completedStage(Optional.ofNullable(stocks.get(productId)));
    }

    @Override
    public CompletionStage<Stock> restock(String productId, int available, BigDecimal unitPrice) {
        Stock stock = stocks.containsKey(productId)
                ? stocks.get(productId).restock(available, unitPrice)
                : Stock.of(productId, available, unitPrice);
        stocks.put(productId, stock);
        return CompletableFuture.completedStage(stock);
    }

    @Override
    public CompletionStage<HoldOutcome> hold(String productId, String orderId, int quantity) {
        held.add(productId + ":" + quantity);
        HoldOutcome.Status status = holdAnswers.getOrDefault(productId, HoldOutcome.Status.HELD);
        return CompletableFuture.completedStage(new HoldOutcome(status, prices.getOrDefault(productId, BigDecimal.ONE)));
    }

    @Override
    public CompletionStage<Settlement> confirm(String productId, String orderId) {
        confirmed.add(productId);
        return CompletableFuture.completedStage(confirmAnswers.getOrDefault(productId, Settlement.SOLD));
    }

    @Override
    public CompletionStage<Settlement> release(String productId, String orderId, int quantity) {
        released.add(productId + ":" + quantity);
        return CompletableFuture.completedStage(Settlement.RELEASED);
    }
}
