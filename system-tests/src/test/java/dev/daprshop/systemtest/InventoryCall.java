package dev.daprshop.systemtest;

import jakarta.json.JsonObject;

/**
 * What order-service's {@code GET /diagnostics/inventory} answers: who called, who answered
 * through which sidecar, and the trace ids each side saw. Absent fields are null.
 */
record InventoryCall(String service, String traceId, Callee inventory) {

    /** inventory-service's side of the call. */
    record Callee(String service, String traceId, Sidecar sidecar) {
    }

    /** The sidecar inventory-service's Dapr client talked to. */
    record Sidecar(String appId, String runtimeVersion) {
    }

    static InventoryCall of(JsonObject json) {
        JsonObject inventory = object(json, "inventory");
        JsonObject sidecar = inventory == null ? null : object(inventory, "sidecar");
        return new InventoryCall(json.getString("service", null), json.getString("traceId", null),
                inventory == null ? null : new Callee(inventory.getString("service", null), inventory.getString("traceId", null),
                        sidecar == null ? null : new Sidecar(sidecar.getString("appId", null), sidecar.getString("runtimeVersion", null))));
    }

    private static JsonObject object(JsonObject json, String field) {
        return json.get(field) instanceof JsonObject object ? object : null;
    }
}
