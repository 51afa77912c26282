package dev.gonogo.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests a page made, read from Chromium's DevTools network events: each URL, and the ones that failed
 * (a load error, a request blocked by the Content-Security-Policy, or an HTTP status of 400 and above).
 */
record NetworkLog(List<String> requestedUrls, List<String> failures) {
    NetworkLog {
        requestedUrls = List.copyOf(requestedUrls);
        failures = List.copyOf(failures);
    }

    static NetworkLog of(List<JsonNode> events) {
        Map<String, String> urls = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode params = event.path("params");
            String id = params.path("requestId").asText();
            switch (event.path("method").asText()) {
                case "Network.requestWillBeSent" -> urls.put(id, params.path("request").path("url").asText());
                case "Network.loadingFailed" -> failures.add(urls.getOrDefault(id, id) + ": "
                        + params.path("errorText").asText() + blocked(params));
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400) {
                        failures.add(params.path("response").path("url").asText() + ": HTTP " + status);
                    }
                }
                default -> {
                    // other network events say nothing about success
                }
            }
        }
        return new NetworkLog(new ArrayList<>(urls.values()), failures);
    }

    private static String blocked(JsonNode params) {
        return params.has("blockedReason") ? " (blocked: " + params.path("blockedReason").asText() + ")" : "";
    }
}
