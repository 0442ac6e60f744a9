package dev.daprshop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductIndexTest {

    @Test
    void listsEachProductOnce() {
        ProductIndex index = ProductIndex.empty().with("b").with("a");

        assertThat(index.productIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(index.contains("a")).isTrue();
        assertThat(ProductIndex.empty().contains("a")).isFalse();
    }

    @Test
    void listingAProductAgainLeavesAnEqualIndex() {
        ProductIndex index = ProductIndex.empty().with("a");

        // An unchanged index is not written again (StateRepository.update compares with equals).
        assertThat(index.with("a")).isEqualTo(index);
    }

    @Test
    void theIdsAreCopied() {
        Set<String> ids = new HashSet<>(Set.of("a"));
        ProductIndex index = new ProductIndex(ids);
        ids.add("b");

        assertThat(index.productIds()).containsExactly("a");
    }
}
