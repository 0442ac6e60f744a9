package dev.daprshop.dapr.telemetry;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service name of the application a thread is working for: its Dapr app id
 * ({@code dapr.app-id} in the application's MicroProfile Config), found through the thread's
 * context class loader and remembered per class loader.
 */
public final class ServiceNames {

    static final String APP_ID_PROPERTY = "dapr.app-id";

    private static final Map<ClassLoader, Optional<String>> BY_LOADER = Collections.synchronizedMap(new WeakHashMap<>());

    private ServiceNames() {
    }

    public static Optional<String> ofCurrentThread() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader == null ? Optional.empty() : BY_LOADER.computeIfAbsent(loader, ServiceNames::lookUp);
    }

    private static Optional<String> lookUp(ClassLoader loader) {
        try {
            return ConfigProvider.getConfig(loader).getOptionalValue(APP_ID_PROPERTY, String.class);
        } catch (RuntimeException notAnApplicationLoader) {
            return Optional.empty();
        }
    }
}
