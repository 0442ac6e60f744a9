package dev.daprshop.systemtest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/** Settings in the Dapr configuration store, changed as an operator would, seen live by a service. */
final class LiveSettings {

    private LiveSettings() {
    }

    /** Sets the key in Redis and waits until {@code service} (a base URL) holds the value. */
    static void set(String service, String key, String value) throws IOException, InterruptedException {
        Redis.setConfiguration(key, value, 1);
        await(service, key, value);
    }

    /** Removes the key and waits until {@code service} no longer holds it. */
    static void clear(String service, String key) throws IOException, InterruptedException {
        Redis.delete(key);
        await(service, key, null);
    }

    /** Waits (at most 20 s) until the service's diagnostics show it holds the value (null: holds none). */
    static void await(String service, String key, String expected) throws InterruptedException {
        Eventually.within(Duration.ofSeconds(20)).every(Duration.ofMillis(100))
                .until(service + " holding " + key + "=" + expected, () -> held(service, key), seen -> Objects.equals(seen, expected));
    }

    /** The value the service holds for the key, null when none. */
    private static String held(String service, String key) {
        JsonObject settings = Shop.ok(Shop.diagnostics(service)).getJsonObject("configuration");
        return settings.containsKey(key) ? settings.getString(key) : null;
    }
}
