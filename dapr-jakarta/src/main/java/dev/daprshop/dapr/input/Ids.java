package dev.daprshop.dapr.input;

import dev.daprshop.dapr.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * The one pattern of every id a client names (customerId, productId): 1 to 64 letters, digits,
 * '_' or '-', starting with a letter or digit. Ids become parts of state keys, actor ids, mail
 * addresses and paths: no separators ({@code ||}, {@code ;}, {@code @}, {@code /}), no dots, no
 * spaces, no control characters, nothing to escape. Order ids are UUIDs.
 */
public final class Ids {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    public static final String ID_RULE = "1 to 64 letters, digits, '_' or '-', starting with a letter or digit";

    public static final Pattern ORDER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    public static final String ORDER_ID_RULE = "a UUID in lower case";

    private Ids() {
    }

    /** An id of a path segment ({@code /inventory/{productId}}), or 400. */
    public static String require(String name, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw ProblemException.badRequest(name + " must be " + ID_RULE);
        }
        return value;
    }

    public static String requireOrderId(String value) {
        if (value == null || !ORDER_ID.matcher(value).matches()) {
            throw ProblemException.badRequest("orderId must be " + ORDER_ID_RULE);
        }
        return value;
    }
}
