package dev.daprshop.dapr.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every service serves its resources at the root of its port: daprd calls applications at fixed
 * root paths ({@code /dapr/subscribe}, {@code /actors/...}), and the public API is rooted too.
 */
@ApplicationPath("/")
public class RestApplication extends Application {
}
