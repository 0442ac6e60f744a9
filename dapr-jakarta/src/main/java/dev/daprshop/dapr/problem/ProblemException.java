package dev.daprshop.dapr.problem;

import jakarta.ws.rs.core.Response;

/** Ends a request with a problem+json answer: bad input (400), unknown resource (404), ... */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail));
    }

    public Problem problem() {
        return problem;
    }
}
