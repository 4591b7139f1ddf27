package org.binder4j.servicemanager.policy;

/**
 * A pattern for service names: {@code *} matches any run of characters (none included, dots and
 * slashes too), {@code ?} exactly one, every other character itself.
 */
record NameGlob(String pattern) {
    static final NameGlob ANY = new NameGlob("*");

    /** Why {@code pattern} can never match a service name, or null if it can. */
    static String problem(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '/' || c == '-' || c == '*' || c == '?';
            if (!ok) {
                return "name pattern '" + pattern + "' has '" + c + "', which no service name has"
                        + " (names use [A-Za-z0-9_./-]; patterns add * and ?)";
            }
        }
        return null;
    }

    boolean isAny() {
        return pattern.equals("*");
    }

    /** Matches with one backtracking point: the last star seen. */
    boolean matches(String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int starMatch = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starMatch = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++starMatch;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
