package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.inventory.application.StockReport;
import dev.daprshop.inventory.domain.LowStockReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /stock-report}: called by daprd on the schedule of the cron input binding
 * {@code stock-report} (the route is the binding's name); {@code GET /stock-report}: the latest
 * report.
 */
@Path("/stock-report")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StockReportResource {

    @Inject
    StockReport report;

    @POST
    @FromSidecar
    public CompletionStage<LowStockReport> run() {
        return report.run();
    }

    @GET
    public CompletionStage<LowStockReport> latest() {
        return report.latest().thenApply(found -> found
                .orElseThrow(() -> ProblemException.notFound("no stock report yet")));
    }
}
