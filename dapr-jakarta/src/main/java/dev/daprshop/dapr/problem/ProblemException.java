package dev.daprshop.dapr.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;

/** Ends a request with a problem+json answer: bad input (400), unknown resource (404), saturated (503), ... */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail));
    }

    /** 413: the request body is over the size limit; nothing of it was used. */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail));
    }

    /** 503 with {@code Retry-After}: nothing was done, the same request may be sent again after that time. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE, detail), retryAfter);
    }

    /** 503 with {@code Retry-After} for a problem of its own type (e.g. one naming the resource it is about). */
    public static ProblemException unavailable(Problem problem, Duration retryAfter) {
        return new ProblemException(problem, retryAfter);
    }

    public Problem problem() {
        return problem;
    }

    /** When the same request may be sent again; empty when sending it again would not help. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Response toResponse() {
        Response response = problem.toResponse();
        return retryAfter == null ? response
                : Response.fromResponse(response).header("Retry-After", Math.max(1, retryAfter.toSeconds())).build();
    }
}
