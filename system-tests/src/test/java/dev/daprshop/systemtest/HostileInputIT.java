package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Hostile requests against every public and callback endpoint, as a client on the network could
 * send them: wrong JSON types, sizes, encodings, separators, control characters, ids with
 * {@code ||} or {@code ..}, unknown fields, missing and wrong tokens. Each one is refused with
 * its status and a problem+json body (no stack trace, no echo of the hostile value), and changes
 * nothing: no order is created, the product's stock and price stay, no mail goes to a stranger.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class HostileInputIT {

    // HTTP/1.1: to an h2c upgrade request whose path it refuses, Liberty answers 200 with an empty body.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PRODUCT = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STRANGER = "x@evil.test";
    private static final String EVIL_INBOX = SystemPorts.url("mail.api.port") + "/api/user/" + STRANGER + "/messages/INBOX";

    /** A request, the status it must get, and whether it needs the secured mode (tokens). */
    record Hostile(String name, String method, String url, String contentType, Map<String, String> headers,
                   BodyPublisher body, int status, boolean secured) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a hostile request must not change. */
    record Snapshot(long orders, String stock, int strangerMails) {
        static Snapshot take() throws IOException {
            return new Snapshot(Redis.countKeys("order-service||order-????????-????-????-????-????????????"),
                    Shop.stock(PRODUCT).toString(), mailsToStranger());
        }
    }

    @BeforeAll
    static void stockTheProduct() {
        assertThat(Shop.putStock(PRODUCT, 10, "2.50").status()).isEqualTo(200);
    }

    static Stream<Hostile> requests() {
        List<Hostile> all = new ArrayList<>();
        // POST /orders: types, no coercion.
        order(all, "quantity 1.5", item("\"" + PRODUCT + "\"", "1.5"));
        order(all, "quantity 1.0", item("\"" + PRODUCT + "\"", "1.0"));
        order(all, "quantity 1e0", item("\"" + PRODUCT + "\"", "1e0"));
        order(all, "quantity as a string", item("\"" + PRODUCT + "\"", "\"2\""));
        order(all, "quantity -1", item("\"" + PRODUCT + "\"", "-1"));
        order(all, "quantity beyond int", item("\"" + PRODUCT + "\"", "99999999999999999999"));
        order(all, "quantity null", item("\"" + PRODUCT + "\"", "null"));
        order(all, "customerId a number", "{\"customerId\": 123, \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}");
        order(all, "customerId null", "{\"customerId\": null, \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}");
        // Ids: separators, control characters, markup, sizes.
        order(all, "customerId with mail separator", customer("x@evil.test;c"));
        order(all, "customerId with comma", customer("c,x@evil.test"));
        order(all, "customerId with CRLF", customer("c\\r\\nBcc: x@evil.test"));
        order(all, "customerId with markup", customer("<b>c</b>"));
        order(all, "customerId with ||", customer("c||d"));
        order(all, "customerId of 10000 characters", customer("c".repeat(10_000)));
        order(all, "customerId with NUL", customer("c\\u0000"));
        order(all, "productId with space and !", item("\"bad id!\"", "1"));
        order(all, "productId with ||", item("\"a||b\"", "1"));
        order(all, "productId ..", item("\"..\"", "1"));
        order(all, "productId ../x", item("\"../x\"", "1"));
        order(all, "productId a number", item("7", "1"));
        // Shape and limits.
        order(all, "unknown top-level field", "{\"customerId\": \"c-1\", \"admin\": true, \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}");
        order(all, "unknown item field", "{\"customerId\": \"c-1\", \"items\": [{\"productId\": \"" + PRODUCT + "\", \"quantity\": 1, \"unitPrice\": 0}]}");
        order(all, "customerId twice", "{\"customerId\": \"c-1\", \"customerId\": \"c-2\", \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}");
        order(all, "same product over the limit in two lines", "{\"customerId\": \"c-1\", \"items\": ["
                + item("\"" + PRODUCT + "\"", "60") + ", " + item("\"" + PRODUCT + "\"", "60") + "]}");
        order(all, "51 lines", "{\"customerId\": \"c-1\", \"items\": [" + String.join(", ", Collections.nCopies(51,
                item("\"" + PRODUCT + "\"", "1"))) + "]}");
        order(all, "items an object", "{\"customerId\": \"c-1\", \"items\": " + item("\"" + PRODUCT + "\"", "1") + "}");
        order(all, "an item null", "{\"customerId\": \"c-1\", \"items\": [null]}");
        order(all, "body an array", "[" + item("\"" + PRODUCT + "\"", "1") + "]");
        order(all, "trailing garbage", customer("c-1") + " {}");
        order(all, "malformed JSON", "{\"customerId\": \"c-1\", \"items\": [");
        all.add(new Hostile("invalid UTF-8", "POST", Shop.ORDERS + "/orders", "application/json", Map.of(),
                BodyPublishers.ofByteArray(invalidUtf8()), 400, false));
        all.add(new Hostile("Latin-1 charset", "POST", Shop.ORDERS + "/orders", "application/json; charset=ISO-8859-1", Map.of(),
                BodyPublishers.ofString(customer("c-1")), 400, false));
        all.add(new Hostile("text/plain", "POST", Shop.ORDERS + "/orders", "text/plain", Map.of(),
                BodyPublishers.ofString(customer("c-1")), 415, false));
        all.add(new Hostile("body over 64 KiB", "POST", Shop.ORDERS + "/orders", "application/json", Map.of(),
                BodyPublishers.ofString(padded(70_000)), 413, false));
        all.add(new Hostile("body over 64 KiB, chunked", "POST", Shop.ORDERS + "/orders", "application/json", Map.of(),
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded(70_000).getBytes(StandardCharsets.UTF_8))), 413, false));
        all.add(new Hostile("Idempotency-Key of 201 characters", "POST", Shop.ORDERS + "/orders", "application/json",
                Map.of("Idempotency-Key", "k".repeat(201)), BodyPublishers.ofString(customer("c-1")), 400, false));
        all.add(new Hostile("Idempotency-Key with a space", "POST", Shop.ORDERS + "/orders", "application/json",
                Map.of("Idempotency-Key", "a b"), BodyPublishers.ofString(customer("c-1")), 400, false));
        // GET paths: ids outside their pattern.
        get(all, "order id with ||", Shop.ORDERS + "/orders/a%7C%7Cb", 400);
        get(all, "order id not a UUID", Shop.ORDERS + "/orders/not-an-order", 400);
        get(all, "order id with .. and a letter", Shop.ORDERS + "/orders/..a", 400);
        get(all, "order id with an encoded ..", Shop.ORDERS + "/orders/..%2E", 400);
        get(all, "order id with an encoded .. in lower case", Shop.ORDERS + "/orders/%2e%2e", 400);
        get(all, "order id with an encoded slash", Shop.ORDERS + "/orders/a%2Fb", 400);
        get(all, "product id with an encoded ..", Shop.INVENTORY + "/inventory/%2E%2E", 400);
        get(all, "order id in upper case", Shop.ORDERS + "/orders/" + UUID.randomUUID().toString().toUpperCase(), 400);
        get(all, "product id with ||", Shop.INVENTORY + "/inventory/a%7C%7Cb", 400);
        get(all, "payment id with ||", Shop.PAYMENTS + "/payments/a%7C%7Cb", 400);
        // PUT /inventory: types, decimals, limits, unknown fields.
        stock(all, "available 1.5", PRODUCT, "{\"available\": 1.5, \"unitPrice\": 1}");
        stock(all, "available as a string", PRODUCT, "{\"available\": \"10\", \"unitPrice\": 1}");
        stock(all, "available -1", PRODUCT, "{\"available\": -1, \"unitPrice\": 1}");
        stock(all, "available over the maximum", PRODUCT, "{\"available\": 1000001, \"unitPrice\": 1}");
        stock(all, "unitPrice 1e308", PRODUCT, "{\"available\": 1, \"unitPrice\": 1e308}");
        stock(all, "unitPrice with 3 decimals", PRODUCT, "{\"available\": 1, \"unitPrice\": 1.234}");
        stock(all, "unitPrice as a string", PRODUCT, "{\"available\": 1, \"unitPrice\": \"12.50\"}");
        stock(all, "unitPrice negative", PRODUCT, "{\"available\": 1, \"unitPrice\": -0.01}");
        stock(all, "unitPrice missing", PRODUCT, "{\"available\": 1}");
        stock(all, "unknown field reserved", PRODUCT, "{\"available\": 1, \"unitPrice\": 1, \"reserved\": 5}");
        stock(all, "product id with || in the path", "a%7C%7Cb", "{\"available\": 1, \"unitPrice\": 1}");
        stock(all, "product id of 65 characters", "p".repeat(65), "{\"available\": 1, \"unitPrice\": 1}");
        // The admin API: a bearer token of the shop's issuer with role inventory-admin, nothing less.
        stockBy(all, "stock without a token", null, 401);
        stockBy(all, "stock with another role", "Bearer " + System.getProperty("other.token", ""), 403);
        stockBy(all, "stock with a garbage token", "Bearer not.a.token", 401);
        stockBy(all, "stock with an unsigned token", "Bearer " + Tokens.unsigned(), 401);
        stockBy(all, "stock with a token of another issuer's key", "Bearer " + Tokens.signedByAStranger(), 401);
        stockBy(all, "stock with basic credentials", "Basic YWRtaW46YWRtaW4=", 401);
        get(all, "payment authorization without a token", Shop.PAYMENTS + "/payments/" + UUID.randomUUID() + "/authorization", 401);
        all.add(new Hostile("payment authorization with the inventory admin's token", "GET",
                Shop.PAYMENTS + "/payments/" + UUID.randomUUID() + "/authorization", null, Shop.admin(), BodyPublishers.noBody(), 403, false));
        // Callbacks: only the service's own sidecar, with its token.
        String reservation = "{\"orderId\": \"" + UUID.randomUUID() + "\", \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}";
        callback(all, "reservation without a token", "POST", Shop.INVENTORY + "/reservations", reservation, Map.of());
        callback(all, "reservation with a wrong token", "POST", Shop.INVENTORY + "/reservations", reservation,
                Map.of("dapr-api-token", "not-the-token"));
        callback(all, "reservation with order-service's app token", "POST", Shop.INVENTORY + "/reservations", reservation,
                Map.of("dapr-api-token", token("order-app-api-token")));
        callback(all, "order event with inventory-service's app token", "POST", Shop.PAYMENTS + "/events/orders", "{}",
                Map.of("dapr-api-token", token("inventory-app-api-token")));
        callback(all, "release without a token", "DELETE", Shop.INVENTORY + "/reservations/" + UUID.randomUUID(), null, Map.of());
        callback(all, "actor call without a token", "PUT", Shop.INVENTORY + "/actors/InventoryActor/" + PRODUCT + "/method/reserve",
                "{}", Map.of());
        callback(all, "stock report trigger without a token", "POST", Shop.INVENTORY + "/stock-report", "{}", Map.of());
        callback(all, "order event without a token", "POST", Shop.PAYMENTS + "/events/orders", "{}", Map.of());
        callback(all, "payment event without a token", "POST", Shop.ORDERS + "/events/payments", "{}", Map.of());
        callback(all, "subscriptions without a token", "GET", Shop.ORDERS + "/dapr/subscribe", null, Map.of());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aHostileRequestIsRefusedWithAProblemAndChangesNothing(Hostile request) throws Exception {
        if (request.secured()) {
            assumeTrue(LocalSecrets.token("order-app-api-token").isPresent(), "plain mode: no tokens to check");
        }
        Snapshot before = Snapshot.take();

        HttpResponse<String> answer = send(request);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(request.status());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(request.status());
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("evil.test");
        assertThat(Snapshot.take()).isEqualTo(before);
    }

    /**
     * A NUL in a path: Liberty's HTTP channel refuses it (400, a one-line HTML page) before any
     * error page of the application could answer; it reaches nothing.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/orders/a%00b", "/inventory/a%00b"})
    void aPathWithNulReachesNothing(String path) throws Exception {
        Snapshot before = Snapshot.take();

        HttpResponse<String> answer = send(new Hostile(path, "GET", Shop.ORDERS + path, null, Map.of(),
                BodyPublishers.noBody(), 400, false));

        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Snapshot.take()).isEqualTo(before);
    }

    private static HttpResponse<String> send(Hostile hostile) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(hostile.url())).timeout(Duration.ofSeconds(30))
                .method(hostile.method(), hostile.body());
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        hostile.headers().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void order(List<Hostile> all, String name, String body) {
        String json = body.startsWith("{\"productId\"") ? "{\"customerId\": \"c-1\", \"items\": [" + body + "]}" : body;
        all.add(new Hostile(name, "POST", Shop.ORDERS + "/orders", "application/json", Map.of(), BodyPublishers.ofString(json),
                400, false));
    }

    private static void get(List<Hostile> all, String name, String url, int status) {
        all.add(new Hostile(name, "GET", url, null, Map.of(), BodyPublishers.noBody(), status, false));
    }

    /** A PUT by the admin (valid token): refused for what it says. */
    private static void stock(List<Hostile> all, String name, String product, String body) {
        all.add(new Hostile(name, "PUT", Shop.INVENTORY + "/inventory/" + product, "application/json", Shop.admin(),
                BodyPublishers.ofString(body), 400, false));
    }

    /** A valid PUT with the wrong credentials: refused for who sends it. */
    private static void stockBy(List<Hostile> all, String name, String authorization, int status) {
        all.add(new Hostile(name, "PUT", Shop.INVENTORY + "/inventory/" + PRODUCT, "application/json",
                authorization == null ? Map.of() : Map.of("Authorization", authorization),
                BodyPublishers.ofString("{\"available\": 1000, \"unitPrice\": 0.01}"), status, false));
    }

    private static void callback(List<Hostile> all, String name, String method, String url, String body, Map<String, String> headers) {
        all.add(new Hostile(name, method, url, body == null ? null : "application/json", headers,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body), 401, true));
    }

    /** A token of the local run; a stand-in in plain mode (those cases are skipped there). */
    private static String token(String name) {
        try {
            return LocalSecrets.token(name).orElse("plain-mode");
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name + ": " + e, e);
        }
    }

    private static String item(String productId, String quantity) {
        return "{\"productId\": " + productId + ", \"quantity\": " + quantity + "}";
    }

    private static String customer(String customerId) {
        return "{\"customerId\": \"" + customerId + "\", \"items\": [" + item("\"" + PRODUCT + "\"", "1") + "]}";
    }

    /** A valid order made too large by whitespace (JSON allows it anywhere between tokens). */
    private static String padded(int size) {
        String order = customer("c-1");
        return order.substring(0, order.length() - 1) + " ".repeat(size) + "}";
    }

    private static byte[] invalidUtf8() {
        byte[] order = customer("c-1").getBytes(StandardCharsets.UTF_8);
        order[16] = (byte) 0xC3;   // inside "c-1": a lead byte without its continuation
        return order;
    }

    private static int mailsToStranger() {
        try {
            HttpResponse<String> inbox = HTTP.send(HttpRequest.newBuilder(URI.create(EVIL_INBOX)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return inbox.statusCode() == 200 ? Json.createReader(new StringReader(inbox.body())).readArray().size() : 0;
        } catch (IOException e) {
            throw new AssertionError("the mail server's API does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
