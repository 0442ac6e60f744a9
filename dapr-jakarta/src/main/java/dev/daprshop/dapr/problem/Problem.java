package dev.daprshop.dapr.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error response. {@code instance}, when there is
 * one, is the resource the problem is about (e.g. the order a refused request may still have placed);
 * absent from the JSON when null.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** A problem of a kind clients may act on, e.g. {@code /problems/not-enough-stock}. */
    public static Problem of(String type, Response.StatusType status, String detail) {
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** This problem, about {@code instance} (a URI reference). */
    public Problem about(String instance) {
        return new Problem(type, title, status, detail, instance);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
