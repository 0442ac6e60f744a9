package dev.daprshop.systemtest;

/**
 * Where the parts of the running system listen: system properties the build sets (the defaults of
 * ports.env, or the ports ./shop test or the container run started them on).
 */
final class SystemPorts {

    private SystemPorts() {
    }

    static String host() {
        return System.getProperty("microshed_hostname", "127.0.0.1");
    }

    static int port(String property) {
        Integer port = Integer.getInteger(property);
        if (port == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with Maven "
                    + "(system-tests/pom.xml sets every port from ports.env) or ./shop test");
        }
        return port;
    }

    static String url(String portProperty) {
        return "http://" + host() + ":" + port(portProperty);
    }

    static String zipkin() {
        return url("zipkin.port");
    }
}
