package dev.daprshop.dapr.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the web container (web-fragment.xml): a request it refuses before JAX-RS
 * runs gets an RFC 9457 problem, without the exception or a stack trace.
 */
@WebServlet("/problems/container")
public class ContainerProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean badRequest = Integer.valueOf(400).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        int status = badRequest ? 400 : 500;
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(badRequest
                ? "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"the request's path is malformed\"}"
                : "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"the request failed\"}");
    }
}
