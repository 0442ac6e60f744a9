package dev.daprshop.dapr.input;

import dev.daprshop.dapr.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object of a request, read with exact types: a number where a number is
 * expected (never a string), an integer only when written as one ({@code 1.5}, {@code 1.0} and
 * {@code 1e2} are not), a string only when it is one ({@code 123} is not a customerId), and no
 * field the endpoint does not know. Every refusal is a 400 problem naming the field by its path
 * ({@code items[1].quantity}) and never echoing the value.
 */
public final class JsonFields {

    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The body of a request: a JSON object with only these fields. */
    public static JsonFields of(JsonObject body, String... known) {
        if (body == null) {
            throw ProblemException.badRequest("the request body must be a JSON object");
        }
        return new JsonFields(body, "").only(known);
    }

    private JsonFields only(String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw bad(name, "is not a known field (known: " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    /** A required string matching {@code pattern}, described to the client as {@code rule}. */
    public String string(String name, Pattern pattern, String rule) {
        JsonValue value = required(name);
        if (!(value instanceof JsonString text)) {
            throw bad(name, "must be a string: " + rule);
        }
        if (!pattern.matcher(text.getString()).matches()) {
            throw bad(name, "must be " + rule);
        }
        return text.getString();
    }

    /** A required integer from {@code min} to {@code max}, written as an integer. */
    public int integer(String name, int min, int max) {
        BigDecimal number = number(name, "an integer from " + min + " to " + max);
        if (number.scale() != 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw bad(name, "must be an integer from " + min + " to " + max);
        }
        return number.intValueExact();
    }

    /** A required decimal from 0 to {@code max} with at most {@code maxDecimals} decimals (an amount of money). */
    public BigDecimal amount(String name, int maxDecimals, BigDecimal max) {
        String rule = "a number from 0 to " + max.toPlainString() + " with at most " + maxDecimals + " decimals";
        BigDecimal number = number(name, rule);
        if (number.signum() < 0 || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > maxDecimals) {
            throw bad(name, "must be " + rule);
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** A required array of {@code min} to {@code max} objects, each with only the {@code known} fields. */
    public List<JsonFields> objects(String name, int min, int max, String... known) {
        JsonValue value = required(name);
        if (!(value instanceof JsonArray array)) {
            throw bad(name, "must be an array of " + min + " to " + max + " objects");
        }
        if (array.size() < min || array.size() > max) {
            throw bad(name, "must hold " + min + " to " + max + " entries");
        }
        List<JsonFields> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String entryPath = where(name) + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject entry)) {
                throw ProblemException.badRequest(entryPath + " must be an object");
            }
            entries.add(new JsonFields(entry, entryPath + ".").only(known));
        }
        return entries;
    }

    private BigDecimal number(String name, String rule) {
        JsonValue value = required(name);
        if (!(value instanceof JsonNumber number)) {
            throw bad(name, "must be " + rule + " (a JSON number)");
        }
        return number.bigDecimalValue();
    }

    private JsonValue required(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            throw bad(name, "is required");
        }
        return value;
    }

    private String where(String name) {
        return path + name;
    }

    private ProblemException bad(String name, String what) {
        return ProblemException.badRequest(where(name) + " " + what);
    }
}
