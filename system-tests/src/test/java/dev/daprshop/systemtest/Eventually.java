package dev.daprshop.systemtest;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How the system tests wait for the running system: read a condition again and again until it
 * holds, and fail after a timeout with what was awaited and the last value read, instead of a
 * sleep long enough on a good day.
 *
 * <p>{@code Eventually.within(Duration.ofSeconds(30)).until("order 42 final", () -> order(42), o -> !pending(o))}
 * answers the first value that holds. A read that throws fails the wait at once: a broken read
 * (the service answering 500, say) is a failure, not a condition not met yet.
 */
record Eventually(Duration timeout, Duration interval) {

    /** How often the condition is read unless {@link #every} says otherwise. */
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(200);

    Eventually {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (timeout.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout + ", interval " + interval);
        }
    }

    static Eventually within(Duration timeout) {
        return new Eventually(timeout, DEFAULT_INTERVAL);
    }

    /** The same wait, reading the condition every {@code interval}. */
    Eventually every(Duration interval) {
        return new Eventually(timeout, interval);
    }

    /** One read of the system; may throw what the read throws (E is inferred from the lambda). */
    @FunctionalInterface
    interface Read<T, E extends Exception> {
        T read() throws E;
    }

    /**
     * The first value {@code read} answers that {@code done} accepts. The condition is read once
     * more when the time is up, so it gets the whole timeout; then it fails with an
     * {@link AssertionError} naming {@code what} (what was awaited) and the last value read.
     */
    <T, E extends Exception> T until(String what, Read<T, E> read, Predicate<? super T> done) throws E, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.read();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what + "; last read: " + describe(value));
            }
            Thread.sleep(interval.toMillis());
        }
    }

    /**
     * Reads for the whole timeout and answers the last value, or the first one {@code seen}
     * accepts, at once: for what must not happen meanwhile (a duplicate mail), so the caller's
     * assertion on the answer sees it if it does.
     */
    <T, E extends Exception> T watch(Read<T, E> read, Predicate<? super T> seen) throws E, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.read();
            if (seen.test(value) || System.nanoTime() - deadline >= 0) {
                return value;
            }
            Thread.sleep(Math.min(interval.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }

    /** A collection one element a line (spans, log lines, series), anything else as its string. */
    private static String describe(Object value) {
        if (value instanceof Collection<?> items && !items.isEmpty()) {
            return items.size() + " items:\n" + items.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
        return String.valueOf(value);
    }
}
