package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import java.util.regex.Pattern;

/** Product ids are short and plain: they become parts of state keys. */
final class ProductIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ProductIds() {
    }

    static String requireValid(String productId) {
        if (productId == null || !VALID.matcher(productId).matches()) {
            throw ProblemException.badRequest("productId must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return productId;
    }
}
