package dev.daprshop.dapr.configuration;

import io.dapr.client.domain.ConfigurationItem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/**
 * Settings read from the Dapr configuration store and kept current: a service names the keys it
 * uses ({@link #watch}), reads them at any time (typed, as a {@link Setting}) and sees a change in the store
 * without a restart. Until the store has answered (the sidecar may start after the application),
 * and for keys the store does not hold, callers fall back to their defaults.
 */
@ApplicationScoped
public class LiveConfiguration {

    private static final Logger LOG = Logger.getLogger(LiveConfiguration.class.getName());

    @Inject
    ConfigurationStore store;

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private volatile Disposable subscription;

    /** Subscribes to the keys (again, if the sidecar goes away), then loads their current values. */
    public synchronized void watch(String... keys) {
        watched.addAll(Set.of(keys));
        String[] all = watched.toArray(String[]::new);
        if (subscription != null) {
            subscription.dispose();
        }
        subscription = store.changes(all)
                .doOnSubscribe(started -> load(all))
                // A subscription the sidecar ends (e.g. when it restarts) is renewed like a failed one.
                .concatWith(Flux.error(() -> new IllegalStateException("the sidecar ended the configuration subscription")))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(retry -> LOG.fine(() -> "configuration subscription renewed after: " + retry.failure())))
                .subscribe(change -> onChange(change.getItems(), all),
                        failure -> LOG.log(Level.WARNING, "configuration subscription ended", failure));
    }

    /**
     * The sidecar's first answer only confirms the subscription (no items): the values are read
     * again then, so a change made while the subscription was being set up is not missed.
     */
    private void onChange(Map<String, ConfigurationItem> items, String[] keys) {
        if (items.isEmpty()) {
            load(keys);
        } else {
            apply(items);
        }
    }

    private void load(String[] keys) {
        store.get(keys).whenComplete((items, failure) -> {
            if (failure != null) {
                LOG.fine(() -> "configuration not loaded yet: " + failure);
            } else {
                apply(items);
                // The sidecar leaves a key the store no longer holds out of the answer: a key
                // deleted while the subscription was being renewed must not keep its old value.
                for (String key : keys) {
                    if (!items.containsKey(key)) {
                        values.remove(key);
                    }
                }
            }
        });
    }

    private void apply(Map<String, ConfigurationItem> items) {
        items.forEach((key, item) -> {
            if (item == null || item.getValue() == null || item.getValue().isEmpty()) {
                values.remove(key);
            } else {
                values.put(key, item.getValue());
            }
        });
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Watches the keys of these settings ({@link #watch(String...)}). */
    public void watch(Setting<?>... settings) {
        watch(java.util.Arrays.stream(settings).map(Setting::key).toArray(String[]::new));
    }

    /** The watched keys the store holds now, for diagnostics. */
    public Map<String, String> snapshot() {
        return new TreeMap<>(values);
    }

    @PreDestroy
    void close() {
        if (subscription != null) {
            subscription.dispose();
        }
    }
}
