package org.binder4j.servicemanager;

/** Android's rule for service names: 1 to 127 characters from {@code [A-Za-z0-9_./-]}. */
final class ServiceNames {
    static final int MAX_LENGTH = 127;

    private ServiceNames() {}

    /** Why {@code name} is not a valid service name, or null if it is. */
    static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "Invalid service name: empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "Invalid service name: " + name.length() + " characters, at most " + MAX_LENGTH;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '/' || c == '-';
            if (!ok) {
                return "Invalid service name '" + name + "': character '" + c + "' at " + i
                        + " is not one of [A-Za-z0-9_./-]";
            }
        }
        return null;
    }
}
