package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.inventory.application.InventoryService;
import dev.daprshop.inventory.domain.Stock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.concurrent.CompletionStage;

/** {@code PUT/GET /inventory/{productId}}: stock and price of a product. */
@Path("/inventory/{productId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    InventoryService inventory;

    @PUT
    public CompletionStage<StockView> set(@PathParam("productId") String productId, StockUpdate update) {
        ProductIds.requireValid(productId);
        if (update == null || update.available() == null || update.available() < 0) {
            throw ProblemException.badRequest("available must be a number of 0 or more");
        }
        if (update.unitPrice() == null || update.unitPrice().signum() < 0) {
            throw ProblemException.badRequest("unitPrice must be a price of 0 or more");
        }
        return inventory.setStock(productId, update.available(), update.unitPrice()).thenApply(StockView::of);
    }

    @GET
    public CompletionStage<StockView> get(@PathParam("productId") String productId) {
        return inventory.stock(productId).thenApply(found -> found.map(StockView::of)
                .orElseThrow(() -> ProblemException.notFound("no product " + productId)));
    }

    /** The body of a PUT. */
    public record StockUpdate(Integer available, BigDecimal unitPrice) {
    }

    /** A product's stock as the API shows it. */
    public record StockView(String productId, int available, int reserved, BigDecimal unitPrice) {
        static StockView of(Stock stock) {
            return new StockView(stock.productId(), stock.available(), stock.reserved(), stock.unitPrice());
        }
    }
}
