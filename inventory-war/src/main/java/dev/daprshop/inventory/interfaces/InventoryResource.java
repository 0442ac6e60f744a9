package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.input.Ids;
import dev.daprshop.dapr.input.JsonFields;
import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.RequiresRole;
import dev.daprshop.inventory.application.InventoryService;
import dev.daprshop.inventory.domain.Stock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

    static final String ADMIN = "inventory-admin";

    /** The most units of one product in stock. */
    static final int MAX_AVAILABLE = 1_000_000;
    /** The highest unit price; prices have at most 2 decimals. */
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("100000");

    @Inject
    InventoryService inventory;

    /** Stock and price are the shop's to set: a bearer token (MicroProfile JWT) with this role. */
    @PUT
    @RequiresRole(ADMIN)
    public CompletionStage<StockView> set(@PathParam("productId") String productId, JsonObject body) {
        Ids.require("productId", productId);
        JsonFields update = JsonFields.of(body, "available", "unitPrice");
        int available = update.integer("available", 0, MAX_AVAILABLE);
        BigDecimal unitPrice = update.amount("unitPrice", 2, MAX_UNIT_PRICE);
        return inventory.setStock(productId, available, unitPrice).thenApply(StockView::of);
    }

    @GET
    public CompletionStage<StockView> get(@PathParam("productId") String productId) {
        Ids.require("productId", productId);
        return inventory.stock(productId).thenApply(found -> found.map(StockView::of)
                .orElseThrow(() -> ProblemException.notFound("no product " + productId)));
    }

    /** A product's stock as the API shows it. */
    public record StockView(String productId, int available, int reserved, BigDecimal unitPrice) {
        static StockView of(Stock stock) {
            return new StockView(stock.productId(), stock.available(), stock.reserved(), stock.unitPrice());
        }
    }
}
