package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The three services' public HTTP API (API.md), called as any client would. */
final class Shop {

    static final String ORDERS = SystemPorts.url("microshed_http_port");
    static final String INVENTORY = SystemPorts.url("inventory.http.port");
    static final String PAYMENTS = SystemPorts.url("payment.http.port");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How often an order or a stock level is read while waiting for it. */
    private static final Duration POLL = Duration.ofMillis(100);

    private Shop() {
    }

    /** A product id no other test (or earlier run) uses. */
    static String newProduct() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Answer putStock(String productId, int available, String unitPrice) {
        return putStock(productId, "{\"available\": " + available + ", \"unitPrice\": " + unitPrice + "}");
    }

    /** PUT /inventory/{id} by the admin, with the body as given (for bodies the API must refuse). */
    static Answer putStock(String productId, String json) {
        return send("PUT", INVENTORY + "/inventory/" + productId, json, admin());
    }

    /**
     * What the shop's admin sends: a bearer token with role inventory-admin ({@code admin.token},
     * which {@code ./shop test} takes from {@code ./shop token admin}).
     */
    static Map<String, String> admin() {
        return bearer(System.getProperty("admin.token", ""));
    }

    static Map<String, String> bearer(String token) {
        return token.isBlank() ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    static Answer inventory(String productId) {
        return send("GET", INVENTORY + "/inventory/" + productId, null, Map.of());
    }

    /** The product's stock level (answered 200). */
    static JsonObject stock(String productId) {
        return ok(inventory(productId));
    }

    /** The latest low-stock report (404 before the first run). */
    static Answer stockReport() {
        return send("GET", INVENTORY + "/stock-report", null, Map.of());
    }

    /**
     * The product's stock once nothing is held for orders any more (at most 10 s): an order ends
     * CANCELLED first and gives its units back right after, so a read at that moment may still
     * see them held.
     */
    static JsonObject awaitNothingReserved(String productId) throws InterruptedException {
        return Eventually.within(Duration.ofSeconds(10)).every(POLL)
                .until("nothing of " + productId + " held", () -> stock(productId), stock -> stock.getInt("reserved") == 0);
    }

    static Answer placeOrder(String body, Map<String, String> headers) {
        return send("POST", ORDERS + "/orders", body, headers);
    }

    static Answer placeOrder(String productId, int quantity) {
        return placeOrder(orderBody(productId, quantity), Map.of());
    }

    static String orderBody(String productId, int quantity) {
        return "{\"customerId\": \"c-it\", \"items\": [{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + "}]}";
    }

    static Answer order(String orderId) {
        return send("GET", ORDERS + "/orders/" + orderId, null, Map.of());
    }

    static Answer payment(String orderId) {
        return send("GET", PAYMENTS + "/payments/" + orderId, null, Map.of());
    }

    /** The gateway's authorization of the order's payment: for a payment admin's bearer token only. */
    static Answer paymentAuthorization(String orderId, Map<String, String> headers) {
        return send("GET", PAYMENTS + "/payments/" + orderId + "/authorization", null, headers);
    }

    /** A service's diagnostics ({@code service}: its base URL, {@link #ORDERS}, ...), with the settings it holds. */
    static Answer diagnostics(String service) {
        return send("GET", service + "/diagnostics", null, Map.of());
    }

    /** order-service's call of inventory-service through both sidecars, as order-service reports it. */
    static InventoryCall inventoryThroughDapr() {
        return InventoryCall.of(ok(send("GET", ORDERS + "/diagnostics/inventory", null, Map.of("Accept", "application/json"))));
    }

    /** The letters payment-service's subscriptions gave up on; they carry customers' data, so the app token is asked. */
    static Answer deadLetters(Map<String, String> headers) {
        return send("GET", PAYMENTS + "/diagnostics/dead-letters", null, headers);
    }

    /** The order once it has left PENDING (at most 30 s). */
    static JsonObject awaitFinal(String orderId) throws InterruptedException {
        return awaitFinal(orderId, Duration.ofSeconds(30));
    }

    static JsonObject awaitFinal(String orderId, Duration within) throws InterruptedException {
        return awaitOrder(orderId, "final (not PENDING)", order -> !order.getString("status").equals("PENDING"), within);
    }

    /** The order once {@code reached} accepts it; {@code state} says what that is, for the failure. */
    static JsonObject awaitOrder(String orderId, String state, Predicate<JsonObject> reached, Duration within)
            throws InterruptedException {
        return Eventually.within(within).every(POLL).until("order " + orderId + " " + state, () -> ok(order(orderId)), reached);
    }

    static JsonObject ok(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("expected 200, got " + answer);
        }
        return answer.json();
    }

    /** The answer of an accepted order: 202 and its body. */
    static JsonObject accepted(Answer answer) {
        if (answer.status() != 202) {
            throw new AssertionError("expected 202, got " + answer);
        }
        return answer.json();
    }

    static BigDecimal decimal(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }

    /** What a caller of order-service's sidecar API sends along: its Dapr API token, when the system runs secured. */
    static Map<String, String> sidecarHeaders() {
        return sidecarHeaders("order");
    }

    /** The Dapr API token of one service's sidecar ({@code order}, {@code inventory}, {@code payment}). */
    static Map<String, String> sidecarHeaders(String service) {
        try {
            return LocalSecrets.token(service + "-dapr-api-token").map(token -> Map.of("dapr-api-token", token)).orElse(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a sidecar sends along to its application: the app API token, when the system runs secured. */
    static Map<String, String> appHeaders(String service) {
        try {
            return LocalSecrets.token(service + "-app-api-token").map(token -> Map.of("dapr-api-token", token)).orElse(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls inventory-service as order-service does: service invocation through order-service's sidecar. */
    static Answer invokeInventory(String method, String path, String body) {
        return send(method, orderSidecar() + "/v1.0/invoke/inventory-service/method" + path, body, sidecarHeaders());
    }

    /** Publishes to a topic of {@code pubsub} as order-service does, through its sidecar. */
    static Answer publish(String topic, String event) {
        return publish(topic, event, Map.of());
    }

    /** The same with {@code headers} besides the sidecar's token (a traceparent, say). */
    static Answer publish(String topic, String event, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(sidecarHeaders());
        all.putAll(headers);
        return send("POST", orderSidecar() + "/v1.0/publish/pubsub/" + topic, event, all);
    }

    /** Publishes with the CloudEvent type set, which the subscribers route by. */
    static Answer publishAs(String cloudEventType, String topic, String event) {
        return publish(topic + "?metadata.cloudevent.type=" + cloudEventType, event);
    }

    /** Terminates a workflow instance (an order's saga) through order-service's sidecar. */
    static Answer terminateWorkflow(String instanceId) {
        return send("POST", orderSidecar() + "/v1.0/workflows/dapr/" + instanceId + "/terminate", null, sidecarHeaders());
    }

    /** Read at each call: the system in containers publishes its port when it has started. */
    private static String orderSidecar() {
        return SystemPorts.url("order.dapr.http.port");
    }

    /** Reserves units as order-service does (through its sidecar). */
    static Answer reserve(String orderId, String productId, int quantity) {
        return invokeInventory("POST", "/reservations", "{\"orderId\": \"" + orderId
                + "\", \"items\": [{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + "}]}");
    }

    static Answer send(String method, String url, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A response: status, content type, Location, body. */
    record Answer(int status, String contentType, String location, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
