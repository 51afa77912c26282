package dev.gonogo.cli;

import java.util.Map;
import java.util.Objects;

/**
 * What the CLI reads from the process around it, passed in so tests can set it: environment variables
 * ({@code GITHUB_ACTIONS}, {@code NO_COLOR} …) and whether standard output is a terminal.
 *
 * @param variables environment variables
 * @param terminal  whether standard output is an interactive terminal
 */
public record Environment(Map<String, String> variables, boolean terminal) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The real environment of this process. */
    public static Environment system() {
        return new Environment(System.getenv(), System.console() != null);
    }

    /** A variable's value, or empty when it is unset. */
    public String get(String name) {
        return variables.getOrDefault(name, "");
    }

    /** Colour only on a terminal, and never when {@code NO_COLOR} is set to anything (no-color.org). */
    public boolean colour() {
        return terminal && get("NO_COLOR").isEmpty();
    }

    /** True inside a GitHub Actions job. */
    public boolean githubActions() {
        return get("GITHUB_ACTIONS").equals("true");
    }
}
