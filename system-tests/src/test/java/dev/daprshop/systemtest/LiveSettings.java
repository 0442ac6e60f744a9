package dev.daprshop.systemtest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    /** Polls the service's diagnostics until it holds the value (null: holds none). */
    static void await(String service, String key, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            JsonObject settings = Shop.ok(Shop.send("GET", service + "/diagnostics", null, Map.of())).getJsonObject("configuration");
            seen = settings.containsKey(key) ? settings.getString(key) : null;
            if (Objects.equals(seen, expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(service + " holds " + key + "=" + seen + ", expected " + expected);
    }
}
