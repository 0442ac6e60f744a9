package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.problem.Problem;
import dev.daprshop.inventory.domain.ReservationRejected;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409, with a problem type per reason, so order-service can reject the order with it. */
@Provider
public class ReservationRejectedMapper implements ExceptionMapper<ReservationRejected> {

    public static final String UNKNOWN_PRODUCT = "/problems/unknown-product";
    public static final String NOT_ENOUGH_STOCK = "/problems/not-enough-stock";

    @Override
    public Response toResponse(ReservationRejected rejected) {
        String type = rejected.reason() == ReservationRejected.Reason.UNKNOWN_PRODUCT ? UNKNOWN_PRODUCT : NOT_ENOUGH_STOCK;
        return Problem.of(type, Response.Status.CONFLICT, rejected.getMessage()).toResponse();
    }
}
