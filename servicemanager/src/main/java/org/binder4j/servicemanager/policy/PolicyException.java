package org.binder4j.servicemanager.policy;

import java.util.List;

/**
 * A policy file that cannot be used: unreadable, or with syntax errors, each reported as
 * {@code FILE:LINE: what is wrong}.
 */
public final class PolicyException extends Exception {
    private final List<String> errors;

    PolicyException(String source, List<String> errors) {
        super(errors.size() == 1 ? errors.getFirst()
                : source + ": " + errors.size() + " errors\n" + String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    PolicyException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of(message);
    }

    /** One line per problem, each starting with {@code FILE:LINE:} when it is in the text. */
    public List<String> errors() {
        return errors;
    }
}
