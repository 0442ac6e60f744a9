package dev.daprshop.systemtest;

/** Where the parts of the running system listen (system properties set by the build). */
final class SystemPorts {

    private SystemPorts() {
    }

    static String host() {
        return System.getProperty("microshed_hostname", "127.0.0.1");
    }

    static String url(String portProperty, int defaultPort) {
        return "http://" + host() + ":" + Integer.getInteger(portProperty, defaultPort);
    }

    static String zipkin() {
        return url("zipkin.port", 9411);
    }
}
