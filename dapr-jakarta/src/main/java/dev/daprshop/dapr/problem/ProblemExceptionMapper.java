package dev.daprshop.dapr.problem;

import dev.daprshop.dapr.async.Failures;
import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception a resource lets escape becomes problem+json. A stack trace never reaches the
 * client: unexpected failures are logged with the trace id the client gets to quote. Failures of
 * asynchronous resources arrive wrapped in {@link java.util.concurrent.CompletionException}: they are unwrapped and handed
 * to the application's mapper of the cause, if it has one.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = Failures.unwrap(thrown);
        // A problem raised inside a reader (a body over the size limit) may come wrapped in its failure.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem.toResponse();
            }
        }
        if (failure != thrown) {
            ExceptionMapper<Throwable> specific = mapperOf(failure);
            if (specific != null && !(specific instanceof ProblemExceptionMapper)) {
                return specific.toResponse(failure);
            }
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            String detail = status.getStatusCode() == 400 ? "The request body is not valid JSON of the expected shape"
                    : status.getReasonPhrase();
            return Problem.of(status, detail).toResponse();
        }
        if (failure instanceof ProcessingException || failure instanceof jakarta.json.bind.JsonbException
                || failure instanceof jakarta.json.JsonException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape")
                    .toResponse();
        }
        String traceId = Span.current().getSpanContext().getTraceId();
        LOG.log(Level.SEVERE, "Request failed, trace " + traceId, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The request failed unexpectedly; trace id " + traceId)
                .toResponse();
    }

    @SuppressWarnings("unchecked")
    private ExceptionMapper<Throwable> mapperOf(Throwable failure) {
        return providers == null ? null : (ExceptionMapper<Throwable>) providers.getExceptionMapper(failure.getClass());
    }
}
