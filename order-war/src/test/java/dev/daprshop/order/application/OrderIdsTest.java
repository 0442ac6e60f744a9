package dev.daprshop.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderIdsTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private final OrderIds ids = new OrderIds(Optional.of(KEY));

    @Test
    void theSameCustomerWithTheSameKeyGetsTheSameId() {
        assertThat(ids.of("c-1", "k-1")).isEqualTo(ids.of("c-1", "k-1"));
    }

    @Test
    void anotherCustomerOrAnotherKeyGetsAnotherId() {
        assertThat(ids.of("c-1", "k-1")).isNotEqualTo(ids.of("c-2", "k-1")).isNotEqualTo(ids.of("c-1", "k-2"));
    }

    @Test
    void theIdDependsOnTheSecret() {
        OrderIds otherSecret = new OrderIds(Optional.of(KEY.replace('0', '1')));

        assertThat(otherSecret.of("c-1", "k-1")).isNotEqualTo(ids.of("c-1", "k-1"));
        assertThat(new OrderIds(Optional.of(KEY)).of("c-1", "k-1")).isEqualTo(ids.of("c-1", "k-1"));
    }

    @Test
    void aDerivedIdIsAVersion8Uuid() {
        UUID id = UUID.fromString(ids.of("c-1", "k-1"));

        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).isEqualTo(ids.of("c-1", "k-1"));
    }

    @Test
    void withoutAnIdempotencyKeyEveryOrderIsNew() {
        String first = ids.of("c-1", null);

        assertThat(first).isNotEqualTo(ids.of("c-1", null));
        assertThat(UUID.fromString(first).version()).isEqualTo(4);
    }

    @Test
    void withoutASecretIdsStillHoldWhileTheApplicationRuns() {
        OrderIds unkeyed = new OrderIds(Optional.empty());
        OrderIds shortKey = new OrderIds(Optional.of("abcd"));

        assertThat(unkeyed.of("c-1", "k-1")).isEqualTo(unkeyed.of("c-1", "k-1"));
        assertThat(unkeyed.of("c-1", "k-1")).isNotEqualTo(new OrderIds(Optional.empty()).of("c-1", "k-1"));
        assertThat(UUID.fromString(shortKey.of("c-1", "k-1")).version()).isEqualTo(8);
    }
}
