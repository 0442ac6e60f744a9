package dev.daprshop.dapr.configuration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One setting of the Dapr configuration store, typed, read live: {@link #get} answers the store's
 * current value or, while the store holds none or one that does not read as this type, the default
 * (an unreadable value is logged once per value, never applied).
 */
public final class Setting<T> {

    private static final Logger LOG = Logger.getLogger(Setting.class.getName());

    private final LiveConfiguration source;
    private final String key;
    private final T fallback;
    private final Function<String, Optional<T>> reader;
    private volatile String lastRefused;

    private Setting(LiveConfiguration source, String key, T fallback, Function<String, Optional<T>> reader) {
        this.source = source;
        this.key = key;
        this.fallback = fallback;
        this.reader = reader;
    }

    /** A whole number above 0. */
    public static Setting<Integer> positiveInteger(LiveConfiguration source, String key, int fallback) {
        return new Setting<>(source, key, fallback, text -> integer(text).filter(value -> value > 0));
    }

    /** A whole number of seconds above 0. */
    public static Setting<Duration> seconds(LiveConfiguration source, String key, Duration fallback) {
        return new Setting<>(source, key, fallback, text -> integer(text).filter(value -> value > 0).map(Duration::ofSeconds));
    }

    /** A decimal number above 0. */
    public static Setting<BigDecimal> positiveDecimal(LiveConfiguration source, String key, BigDecimal fallback) {
        return new Setting<>(source, key, fallback, text -> {
            try {
                BigDecimal value = new BigDecimal(text.trim());
                return value.signum() > 0 ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public String key() {
        return key;
    }

    public T get() {
        Optional<String> text = source.value(key);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<T> value = reader.apply(text.get());
        if (value.isEmpty() && !text.get().equals(lastRefused)) {
            lastRefused = text.get();
            LOG.warning(() -> key + " = '" + text.get() + "' is not a valid value: using " + fallback);
        }
        return value.orElse(fallback);
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
