package dev.daprshop.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Reads the length of a Redis stream (a Dapr topic on pubsub.redis) with one inline RESP command. */
final class RedisStreams {

    private RedisStreams() {
    }

    static long length(String stream) throws IOException {
        int port = Integer.getInteger("redis.port", 6379);
        try (Socket socket = new Socket(SystemPorts.host(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("XLEN " + stream + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (reply == null || !reply.startsWith(":")) {
                throw new IOException("unexpected Redis reply to XLEN: " + reply);
            }
            return Long.parseLong(reply.substring(1));
        }
    }
}
