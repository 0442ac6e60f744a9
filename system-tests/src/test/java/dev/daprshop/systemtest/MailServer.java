package dev.daprshop.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** The mail server's API (GreenMail), read as a customer's mail client would. */
final class MailServer {

    private MailServer() {
    }

    /** The mails to the customer (the receipt binding's address of a customer id); none while the mailbox does not exist. */
    static List<JsonObject> inbox(String customerId) {
        // The port is read at each call: the system in containers publishes it when it has started.
        String api = SystemPorts.url("mail.api.port");
        Shop.Answer answer = Shop.send("GET", api + "/api/user/" + customerId + "@customers.daprshop.test/messages/INBOX", null, Map.of());
        if (answer.status() != 200) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
