package dev.daprshop.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The system's Redis, as an operator would touch it: the length of a stream (a Dapr topic on
 * pubsub.redis) and the keys of the Dapr configuration store ({@code value||version}).
 */
final class Redis {

    private Redis() {
    }

    static long streamLength(String stream) throws IOException {
        return Long.parseLong(command("XLEN", stream).substring(1));
    }

    /** Sets a configuration store key; Dapr's Redis configuration store reads {@code value||version}. */
    static void setConfiguration(String key, String value, int version) throws IOException {
        command("SET", key, value + "||" + version);
    }

    /** A field of a hash, e.g. the {@code data} of a Dapr state entry ({@code <app-id>||<key>}); null when absent. */
    static String hget(String key, String field) throws IOException {
        try (Socket socket = new Socket(SystemPorts.host(), SystemPorts.port("redis.port"))) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            send(out, in, "AUTH", LocalSecrets.get("redis-password"));
            String length = send(out, in, "HGET", key, field);
            return length.equals("$-1") ? null : in.readLine();
        }
    }

    /** How many keys match a pattern ({@code KEYS}: the reply's first line is the count). */
    static long countKeys(String pattern) throws IOException {
        return Long.parseLong(command("KEYS", pattern).substring(1));
    }

    static void delete(String key) throws IOException {
        command("DEL", key);
    }

    /** Authenticates (password from the local secrets file), sends one command; answers the first reply line. */
    private static String command(String... parts) throws IOException {
        try (Socket socket = new Socket(SystemPorts.host(), SystemPorts.port("redis.port"))) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            send(out, in, "AUTH", LocalSecrets.get("redis-password"));
            return send(out, in, parts);
        }
    }

    private static String send(OutputStream out, BufferedReader in, String... parts) throws IOException {
        StringBuilder request = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            request.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        String reply = in.readLine();
        if (reply == null || reply.startsWith("-")) {
            throw new IOException("Redis refused " + parts[0] + ": " + reply);
        }
        return reply;
    }
}
