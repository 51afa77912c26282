package dev.gonogo.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prepares a built page for the dev server: adds our reload script (same origin, so {@code script-src 'self'}
 * allows it) and lets the page's Content-Security-Policy open the event stream ({@code connect-src 'self'}).
 * Only served pages change; the files on disk stay exactly as {@code gonogo build} writes them.
 */
final class LivePage {
    static final String SCRIPT_PATH = "/__gonogo/live-reload.js";
    static final String EVENTS_PATH = "/__gonogo/events";

    private LivePage() {
    }

    static String prepare(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        for (Element csp : page.select("meta[http-equiv~=(?i)^content-security-policy$]")) {
            String policy = csp.attr("content").strip();
            if (!policy.contains("connect-src")) {
                csp.attr("content", policy + (policy.endsWith(";") || policy.isEmpty() ? " " : "; ")
                        + "connect-src 'self'");
            }
        }
        page.body().appendElement("script").attr("src", SCRIPT_PATH).attr("defer", true);
        return page.outerHtml();
    }
}
