package se.uppdrag.uppdrag.versioner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a version kept in an older shape up to today's records before it is read. Versions kept before a tidplan
 * period had a form said only whether it was months ({@code "manader": true}) or dates; that is its form now.
 */
final class GamlaVersioner {

    private GamlaVersioner() {
    }

    static JsonNode uppgradera(JsonNode handling) {
        for (var aktivitet : handling.path("tidplan").path("aktiviteter")) {
            if (aktivitet.path("period") instanceof ObjectNode period && !period.has("form")) {
                period.put("form", period.path("manader").asBoolean(false) ? "MANAD" : "DATUM");
                period.remove("manader");
            }
        }
        return handling;
    }
}
