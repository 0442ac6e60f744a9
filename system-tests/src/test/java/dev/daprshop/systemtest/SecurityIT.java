package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The secured local run: a sidecar's API answers only callers with the Dapr API token, a
 * service's callback endpoints answer only its sidecar (the app API token), and access control
 * (by mTLS identity from Sentry) lets only order-service invoke inventory-service; the public API
 * stays open. Skipped when the system runs in plain mode.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class SecurityIT {

    private static final String ORDER_SIDECAR = SystemPorts.url("order.dapr.http.port");

    @BeforeEach
    void securedOnly() {
        assumeTrue(!Shop.sidecarHeaders().isEmpty(), "the system runs in plain mode (no tokens.file)");
    }

    @Test
    void aSidecarRefusesCallersWithoutTheApiToken() {
        assertThat(Shop.send("GET", ORDER_SIDECAR + "/v1.0/metadata", null, Map.of()).status()).isEqualTo(401);
        assertThat(Shop.send("GET", ORDER_SIDECAR + "/v1.0/metadata", null, Map.of("dapr-api-token", "guessed")).status())
                .isEqualTo(401);
        assertThat(Shop.send("GET", ORDER_SIDECAR + "/v1.0/metadata", null, Shop.sidecarHeaders()).status()).isEqualTo(200);
    }

    @Test
    void aServiceAnswersItsCallbacksOnlyToItsSidecar() {
        String product = Shop.newProduct();
        Shop.putStock(product, 3, "1");
        String reservation = "{\"orderId\": \"o-sec\", \"items\": [{\"productId\": \"" + product + "\", \"quantity\": 2}]}";

        Shop.Answer direct = Shop.send("POST", Shop.INVENTORY + "/reservations", reservation, Map.of());
        Shop.Answer guessed = Shop.send("POST", Shop.INVENTORY + "/reservations", reservation, Map.of("dapr-api-token", "guessed"));

        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.contentType()).startsWith("application/problem+json");
        assertThat(guessed.status()).isEqualTo(401);
        assertThat(Shop.stock(product).getInt("reserved")).isZero();
        assertThat(Shop.send("POST", Shop.PAYMENTS + "/events/orders", "{}", Map.of()).status()).isEqualTo(401);
        assertThat(Shop.send("POST", Shop.ORDERS + "/events/payments", "{}", Map.of()).status()).isEqualTo(401);
        assertThat(Shop.send("GET", Shop.INVENTORY + "/dapr/config", null, Map.of()).status()).isEqualTo(401);
        assertThat(Shop.send("GET", Shop.PAYMENTS + "/dapr/subscribe", null, Map.of()).status()).isEqualTo(401);
        assertThat(Shop.send("PUT", Shop.INVENTORY + "/actors/InventoryActor/" + product + "/method/stock", null, Map.of()).status())
                .isEqualTo(401);
        assertThat(Shop.send("POST", Shop.INVENTORY + "/stock-report", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void onlyOrderServiceMayCallInventoryService() {
        String product = Shop.newProduct();
        Shop.putStock(product, 3, "1");
        String reservation = "{\"orderId\": \"" + UUID.randomUUID() + "\", \"items\": [{\"productId\": \"" + product + "\", \"quantity\": 1}]}";
        String paymentSidecar = SystemPorts.url("payment.dapr.http.port");

        Shop.Answer fromPayment = Shop.send("POST", paymentSidecar + "/v1.0/invoke/inventory-service/method/reservations",
                reservation, Shop.sidecarHeaders("payment"));

        assertThat(fromPayment.status()).isEqualTo(403);
        assertThat(fromPayment.body()).contains("access control policy has denied access");
        assertThat(Shop.stock(product).getInt("reserved")).isZero();
        assertThat(Shop.ok(Shop.invokeInventory("POST", "/reservations", reservation)).getString("status")).isEqualTo("RESERVED");
    }

    @Test
    void oneServicesTokensOpenNothingOfAnother() throws Exception {
        String orderAppToken = LocalSecrets.token("order-app-api-token").orElseThrow();
        String product = Shop.newProduct();
        Shop.putStock(product, 3, "1");
        String reservation = "{\"orderId\": \"" + UUID.randomUUID() + "\", \"items\": [{\"productId\": \"" + product + "\", \"quantity\": 1}]}";

        // order-service's app token is what its sidecar presents to order-service, nowhere else.
        assertThat(Shop.send("POST", Shop.INVENTORY + "/reservations", reservation, Map.of("dapr-api-token", orderAppToken)).status())
                .isEqualTo(401);
        assertThat(Shop.send("POST", Shop.PAYMENTS + "/events/orders", "{}", Map.of("dapr-api-token", orderAppToken)).status())
                .isEqualTo(401);
        // order-service's Dapr API token opens order-service's sidecar only.
        assertThat(Shop.send("GET", SystemPorts.url("payment.dapr.http.port") + "/v1.0/metadata", null, Shop.sidecarHeaders("order"))
                .status()).isEqualTo(401);
        assertThat(Shop.send("GET", SystemPorts.url("payment.dapr.http.port") + "/v1.0/metadata", null, Shop.sidecarHeaders("payment"))
                .status()).isEqualTo(200);
        assertThat(Shop.stock(product).getInt("reserved")).isZero();
    }

    @Test
    void anAppReadsOnlyItsOwnSecrets() {
        String gatewayKey = "/v1.0/secrets/localsecretstore/payment-gateway-key";

        assertThat(Shop.send("GET", ORDER_SIDECAR + gatewayKey, null, Shop.sidecarHeaders("order")).status()).isEqualTo(403);
        assertThat(Shop.send("GET", ORDER_SIDECAR + "/v1.0/secrets/localsecretstore/redis-password", null,
                Shop.sidecarHeaders("order")).status()).isEqualTo(403);
        assertThat(Shop.send("GET", SystemPorts.url("payment.dapr.http.port") + gatewayKey, null,
                Shop.sidecarHeaders("payment")).status()).isEqualTo(200);
    }

    @Test
    void thePublicApiNeedsNoToken() {
        assertThat(Shop.order(UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(Shop.stockReport().status()).isIn(200, 404);
    }
}
