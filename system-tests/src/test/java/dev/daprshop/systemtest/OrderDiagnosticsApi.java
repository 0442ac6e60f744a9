package dev.daprshop.systemtest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** order-service's diagnostics endpoint, as a MicroShed {@code @RESTClient}. */
@Path("/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderDiagnosticsApi {

    @GET
    @Path("/inventory")
    DependencyInfo inventory();

    /** JSON-B bean (MicroShed's Yasson 2 predates records). */
    class DependencyInfo {
        public String service;
        public String traceId;
        public ServiceInfo inventory;
    }

    class ServiceInfo {
        public String service;
        public String traceId;
        public SidecarInfo sidecar;
    }

    class SidecarInfo {
        public String appId;
        public String runtimeVersion;
    }
}
