package dev.daprshop.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GatewayAuthorizationTest {

    /** HMAC-SHA256 of {@code o-1:25} under the key {@code gateway-secret}, computed elsewhere (Python's hmac). */
    private static final String O1_25 = "423c7e8796860ab6e32a5d9fb7ccdf5b5a8296edc006d6e521a547ffcf665900";

    @Test
    void isTheHmacOfOrderAndAmountUnderTheKey() {
        assertThat(GatewayAuthorization.of("gateway-secret", "o-1", new BigDecimal("25"))).isEqualTo(O1_25);
    }

    @Test
    void signsTheAmountInItsShortestForm() {
        assertThat(GatewayAuthorization.of("gateway-secret", "o-1", new BigDecimal("25.00"))).isEqualTo(O1_25);
        assertThat(GatewayAuthorization.of("gateway-secret", "o-1", new BigDecimal("2.5E+1"))).isEqualTo(O1_25);
    }

    @Test
    void anotherKeyOrderOrAmountSignsDifferently() {
        assertThat(GatewayAuthorization.of("other-secret", "o-1", new BigDecimal("25"))).isNotEqualTo(O1_25);
        assertThat(GatewayAuthorization.of("gateway-secret", "o-2", new BigDecimal("25"))).isNotEqualTo(O1_25);
        assertThat(GatewayAuthorization.of("gateway-secret", "o-1", new BigDecimal("25.01"))).isNotEqualTo(O1_25);
    }
}
