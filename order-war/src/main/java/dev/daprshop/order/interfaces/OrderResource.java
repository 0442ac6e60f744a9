package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.async.Failures;
import dev.daprshop.dapr.input.Ids;
import dev.daprshop.dapr.input.JsonFields;
import dev.daprshop.dapr.problem.Problem;
import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.order.application.OrderIds;
import dev.daprshop.order.application.OrderService;
import dev.daprshop.order.application.OrderSettings;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** {@code POST /orders} and {@code GET /orders/{orderId}}, as API.md specifies them. */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** The most lines of one order; lines of one product are added up first. */
    static final int MAX_LINES = 50;
    /** An Idempotency-Key is 1 to 200 visible ASCII characters. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    /**
     * A POST is answered within this (202, or 503 past it): a saturated scheduler can make the
     * order's writes slow, and a client waiting on them holds a connection and learns nothing.
     * The placing goes on; the same request again (same Idempotency-Key) finds the order.
     */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(1500);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @Inject
    OrderService orders;

    @Inject
    OrderIds orderIds;

    @Inject
    OrderSettings settings;

    @POST
    public CompletionStage<Response> place(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject body) {
        PlaceOrder request = PlaceOrder.read(body, settings.maxQuantity());
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        String orderId = orderIds.of(request.customerId(), idempotencyKey);
        String traceId = Span.current().getSpanContext().getTraceId();
        // A copy times out, not the placing itself: its own completion still does its bookkeeping.
        return orders.place(orderId, request.customerId(), request.items(), traceId, settings.terms())
                .toCompletableFuture().copy()
                .orTimeout(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    throw Failures.unwrap(failure) instanceof TimeoutException
                            ? notConfirmedInTime(orderId)
                            : failure instanceof CompletionException completion ? completion : new CompletionException(failure);
                })
                .thenApply(order -> Response
                        .accepted(new Accepted(order.orderId(), order.status(), order.traceId()))
                        .location(URI.create("/orders/" + order.orderId()))
                        .build());
    }

    /** 503 about the order: it may be placed yet, so the answer names it (instance) for the client to ask after. */
    private static ProblemException notConfirmedInTime(String orderId) {
        return ProblemException.unavailable(Problem.of("/problems/not-confirmed-in-time", Response.Status.SERVICE_UNAVAILABLE,
                        "the order was not confirmed within " + ANSWER_WITHIN.toMillis() + " ms and may still be placed; "
                                + "send the same request again (same Idempotency-Key) to learn its status")
                .about("/orders/" + orderId), RETRY_AFTER);
    }

    @GET
    @Path("{orderId}")
    public CompletionStage<OrderView> get(@PathParam("orderId") String orderId) {
        Ids.requireOrderId(orderId);
        return orders.order(orderId).thenApply(found -> found.map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("no order " + orderId)));
    }

    /**
     * The body of {@code POST /orders}, read strictly ({@link JsonFields}): lines of the same product
     * are merged (in the order they first appear) and the limit applies to their sum.
     */
    record PlaceOrder(String customerId, List<OrderLine> items) {

        static PlaceOrder read(JsonObject body, int maxQuantity) {
            JsonFields order = JsonFields.of(body, "customerId", "items");
            String customerId = order.string("customerId", Ids.ID, Ids.ID_RULE);
            Map<String, Integer> quantities = new LinkedHashMap<>();
            for (JsonFields item : order.objects("items", 1, MAX_LINES, "productId", "quantity")) {
                String productId = item.string("productId", Ids.ID, Ids.ID_RULE);
                int quantity = item.integer("quantity", 1, maxQuantity);
                if (quantities.merge(productId, quantity, Integer::sum) > maxQuantity) {
                    throw ProblemException.badRequest("the quantities of product " + productId
                            + " add up to more than " + maxQuantity);
                }
            }
            return new PlaceOrder(customerId, quantities.entrySet().stream()
                    .map(line -> new OrderLine(line.getKey(), line.getValue(), null)).toList());
        }
    }

    /** The answer to {@code POST /orders}. */
    public record Accepted(String orderId, OrderStatus status, String traceId) {
    }

    /** An order as {@code GET /orders/{orderId}} shows it; {@code reason} only when not completed. */
    public record OrderView(String orderId, String customerId, List<OrderLine> items, BigDecimal total,
                            OrderStatus status, String reason, String traceId) {
        static OrderView of(Order order) {
            return new OrderView(order.orderId(), order.customerId(), order.items(), order.total(),
                    order.status(), order.reason(), order.traceId());
        }
    }
}
