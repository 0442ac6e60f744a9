package dev.daprshop.dapr.problem;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception a resource lets escape becomes problem+json. A stack trace never reaches the
 * client: unexpected failures are logged with the trace id the client gets to quote.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(status, status.getReasonPhrase()).toResponse();
        }
        String traceId = Span.current().getSpanContext().getTraceId();
        LOG.log(Level.SEVERE, "Request failed, trace " + traceId, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The request failed unexpectedly; trace id " + traceId)
                .toResponse();
    }
}
