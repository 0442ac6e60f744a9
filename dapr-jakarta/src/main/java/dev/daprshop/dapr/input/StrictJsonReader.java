package dev.daprshop.dapr.input;

import dev.daprshop.dapr.problem.ProblemException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads every {@link JsonObject} request body of the services (their public endpoints take one and
 * read it with {@link JsonFields}): valid UTF-8 JSON, exactly one object and nothing after it, no key
 * twice in an object (with {@code {"customerId": "a", "customerId": "b"}} there is no telling
 * which one a reader downstream would believe). Anything else is a 400 problem. An application
 * provider, so JAX-RS prefers it to the built-in JSON-P reader.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<JsonObject> {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final BigDecimal SANE = BigDecimal.TEN.pow(18);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw ProblemException.badRequest("the request body must be UTF-8 JSON");
        }
        try (JsonParser parser = JSON.createParser(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw ProblemException.badRequest("the request body must be a JSON object");
            }
            JsonObject object = object(parser);
            if (parser.hasNext()) {
                throw ProblemException.badRequest("the request body must be one JSON object, with nothing after it");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
            // A body over the size limit surfaces here too, as the cause of the parser's failure.
            for (Throwable cause = malformed; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    throw problem;
                }
            }
            throw ProblemException.badRequest("the request body is not valid JSON");
        }
    }

    private static JsonObject object(JsonParser parser) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            if (!keys.add(key)) {
                throw ProblemException.badRequest("the request body has a key twice in one object");
            }
            object.add(key, value(parser, parser.next()));
        }
        return object.build();
    }

    private static JsonValue value(JsonParser parser, Event event) {
        return switch (event) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next));
                }
                yield array.build();
            }
            case VALUE_NUMBER -> number(parser.getString());
            default -> parser.getValue();
        };
    }

    /**
     * A number as written: one with a fraction or an exponent keeps a scale above 0 ({@code 1e0}
     * is read as 1.0), so that nothing but a plain integer is ever taken for one. Only for
     * numbers of sane size: widening the scale of 1e999999999 would build a billion digits.
     */
    private static JsonValue number(String text) {
        BigDecimal value = new BigDecimal(text);
        boolean written = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        if (written && value.scale() <= 0 && value.abs().compareTo(SANE) < 0) {
            value = value.setScale(1);
        }
        return JSON.createValue(value);
    }
}
