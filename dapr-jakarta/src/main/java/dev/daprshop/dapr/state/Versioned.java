package dev.daprshop.dapr.state;

/** A value read from a Dapr state store with the ETag to write it back with (null when new). */
public record Versioned<T>(T value, String etag) {

    public static <T> Versioned<T> fresh(T value) {
        return new Versioned<>(value, null);
    }

    public Versioned<T> with(T newValue) {
        return new Versioned<>(newValue, etag);
    }
}
