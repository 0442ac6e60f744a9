package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local secrets file ./shop up generates ({@code secrets.file}), as an operator would read it. */
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
}
