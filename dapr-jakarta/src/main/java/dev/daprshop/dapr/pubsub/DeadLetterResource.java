package dev.daprshop.dapr.pubsub;

import dev.daprshop.dapr.pubsub.DeadLetters.DeadLetter;
import dev.daprshop.dapr.security.FromSidecar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;

/**
 * The dead-letter topics of this application's subscriptions: {@link SubscriptionResource}
 * subscribes each to {@code POST /events/dead-letters/<topic>}, and every letter is recorded by
 * {@link DeadLetters} and acknowledged ({@code GET /diagnostics/dead-letters} shows the latest).
 */
@FromSidecar
@Path(DeadLetterResource.ROUTE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Looked up once (see {@link CloudEventReader}). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String ROUTE = "/events/dead-letters/";

    @Inject
    DeadLetters letters;

    @POST
    @Path("{topic}")
    @Consumes(MediaType.WILDCARD)
    public Delivery letter(@PathParam("topic") String topic, String body) {
        JsonObject event = parse(body);
        letters.record(new DeadLetter(topic, text(event, "id"), text(event, "type"), traceId(event), Instant.now(), body));
        return Delivery.SUCCESS;
    }

    private static JsonObject parse(String body) {
        try (var reader = JSON.createReader(new StringReader(body == null ? "{}" : body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonParsingException unreadable) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** W3C traceparent {@code 00-<trace id>-<span id>-<flags>}, as daprd sets it on every CloudEvent. */
    private static String traceId(JsonObject event) {
        String traceparent = text(event, "traceparent");
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        return parts.length == 4 ? parts[1] : null;
    }

    private static String text(JsonObject event, String field) {
        JsonValue value = event.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? event.getString(field) : null;
    }
}
