package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The local secrets and tokens files ./shop up generates ({@code secrets.file}, {@code tokens.file}), as an operator would read them. */
final class LocalSecrets {

    private LocalSecrets() {
    }

    static String get(String name) throws IOException {
        String file = System.getProperty("secrets.file", "../.shop/secrets.json");
        try (Reader content = Files.newBufferedReader(Path.of(file)); JsonReader reader = Json.createReader(content)) {
            JsonObject secrets = reader.readObject();
            return secrets.getString(name);
        }
    }

    /** A token of the local run ({@code tokens.file}); empty when the system runs in plain mode. */
    static Optional<String> token(String name) throws IOException {
        String file = System.getProperty("tokens.file", "");
        if (file.isBlank()) {
            return Optional.empty();
        }
        try (Reader content = Files.newBufferedReader(Path.of(file)); JsonReader reader = Json.createReader(content)) {
            return Optional.of(reader.readObject().getString(name));
        }
    }
}
