package dev.daprshop.dapr.pubsub;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads the {@link CloudEvent} a subscriber takes: the envelope's members, and its {@code data} bound
 * to the type the resource method names ({@code CloudEvent<PaymentResult>}). JSON-B binds no record
 * with a type variable, so the envelope is read here and only the data is left to it. A body that
 * is no JSON object, or data of another shape, is a 400 like any unreadable body.
 */
@Provider
@Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
public class CloudEventReader implements MessageBodyReader<CloudEvent<?>> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /**
     * Looked up once: {@code Json.createReader} looks the provider up on every call, which in
     * Liberty means a failed class lookup and its exception for each event (profiled: most of
     * what the services allocated under load).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == CloudEvent.class;
    }

    @Override
    public CloudEvent<?> readFrom(Class<CloudEvent<?>> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                  MultivaluedMap<String, String> headers, InputStream body) {
        Type dataType = genericType instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0] : Object.class;
        try (JsonReader reader = JSON.createReader(body)) {
            JsonObject envelope = reader.readObject();
            JsonValue data = envelope.get("data");
            Object value = data == null || data.getValueType() == JsonValue.ValueType.NULL
                    ? null : JSONB.fromJson(data.toString(), dataType);
            return new CloudEvent<>(text(envelope, "id"), text(envelope, "type"), text(envelope, "source"), value);
        } catch (JsonException | JsonbException | IllegalStateException unreadable) {
            throw new BadRequestException("not a CloudEvent with data of the expected shape", unreadable);
        }
    }

    private static String text(JsonObject envelope, String member) {
        return envelope.get(member) instanceof JsonString text ? text.getString() : null;
    }
}
