package dev.daprshop.dapr.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.dapr.problem.ProblemException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    private static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private static JsonObject read(String json) {
        return new StrictJsonReader().readFrom(JsonObject.class, JsonObject.class, null, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static int status(Runnable read) {
        try {
            read.run();
            return 200;
        } catch (ProblemException problem) {
            return problem.problem().status();
        }
    }

    @Test
    void exactValuesAreRead() {
        JsonFields fields = JsonFields.of(read("{\"n\": 3, \"price\": 12.50, \"id\": \"p-1\"}"), "n", "price", "id");

        assertThat(fields.integer("n", 1, 10)).isEqualTo(3);
        assertThat(fields.amount("price", 2, MAX_PRICE)).isEqualByComparingTo("12.5");
        assertThat(fields.string("id", Ids.ID, Ids.ID_RULE)).isEqualTo("p-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "1e2", "1e0", "10E-1", "\"3\"", "true", "null", "[]", "0", "11", "99999999999999999999"})
    void anIntegerIsAnIntegerInRange(String value) {
        JsonFields fields = JsonFields.of(read("{\"n\": " + value + "}"), "n");

        assertThat(status(() -> fields.integer("n", 1, 10))).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "-1", "1e308", "100000.01", "\"12.50\"", "1e-999999"})
    void aPriceHasTwoDecimalsAndAMaximum(String value) {
        JsonFields fields = JsonFields.of(read("{\"price\": " + value + "}"), "price");

        assertThat(status(() -> fields.amount("price", 2, MAX_PRICE))).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "\"\"", "\"a b\"", "\"a||b\"", "\"..\"", "\"x@evil.test;c\"", "\"c\\r\\nBcc: x\"",
            "\"-a\"", "\"é\"", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""})
    void anIdIsAPlainId(String value) {
        JsonFields fields = JsonFields.of(read("{\"id\": " + value + "}"), "id");

        assertThat(status(() -> fields.string("id", Ids.ID, Ids.ID_RULE))).isEqualTo(400);
    }

    @Test
    void unknownFieldsAndBadShapesAreRefused() {
        assertThat(status(() -> JsonFields.of(read("{\"n\": 1, \"admin\": true}"), "n"))).isEqualTo(400);
        assertThat(status(() -> JsonFields.of(read("{\"items\": [1]}"), "items").objects("items", 1, 5, "a"))).isEqualTo(400);
        assertThat(status(() -> JsonFields.of(read("{\"items\": [{}, {}, {}]}"), "items").objects("items", 1, 2))).isEqualTo(400);
        assertThat(status(() -> JsonFields.of(read("{\"items\": [{\"b\": 1}]}"), "items").objects("items", 1, 2, "a"))).isEqualTo(400);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertThat(status(() -> new StrictJsonReader().readFrom(JsonObject.class, JsonObject.class, null,
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new ByteArrayInputStream(body)))).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1, \"a\": 2}", "[1]", "\"text\"", "{\"a\": ", "{} {}", ""})
    void onlyOneWellFormedObjectIsABody(String body) {
        assertThat(status(() -> read(body))).isEqualTo(400);
    }
}
