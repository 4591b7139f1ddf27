package org.binder4j.servicemanager.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Reads a policy text into rules, collecting every error with its line; see {@link AccessPolicy} for the syntax. */
final class PolicyParser {
    private static final long MAX_ID = 0xffff_fffeL;
    private static final String RULE_SHAPE = "a rule is: allow|deny OPERATIONS SUBJECT [NAME-PATTERN...]";

    private final String source;
    private final int ownUid;
    private final UserDirectory users;
    private final List<String> errors = new ArrayList<>();
    private int line;

    private PolicyParser(String source, int ownUid, UserDirectory users) {
        this.source = source;
        this.ownUid = ownUid;
        this.users = users;
    }

    /** The rules of {@code text}, in order; {@code source} names it in errors and decisions. */
    static List<PolicyRule> parse(String text, String source, int ownUid, UserDirectory users) throws PolicyException {
        PolicyParser parser = new PolicyParser(source, ownUid, users);
        List<PolicyRule> rules = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            parser.line++;
            PolicyRule rule = parser.rule(raw);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (!parser.errors.isEmpty()) {
            throw new PolicyException(source, parser.errors);
        }
        return rules;
    }

    private PolicyRule rule(String raw) {
        int comment = raw.indexOf('#');
        String text = (comment < 0 ? raw : raw.substring(0, comment)).strip();
        if (text.isEmpty()) {
            return null;
        }
        String[] tokens = text.split("\\s+");
        if (!tokens[0].equals("allow") && !tokens[0].equals("deny")) {
            return error("expected allow or deny, found '" + tokens[0] + "' (" + RULE_SHAPE + ")");
        }
        if (tokens.length < 3) {
            return error(RULE_SHAPE + "; this one has " + tokens.length + " word" + (tokens.length == 1 ? "" : "s"));
        }
        int errorsBefore = errors.size();
        Set<Operation> operations = operations(tokens[1]);
        Subject subject = subject(tokens[2]);
        List<NameGlob> names = new ArrayList<>();
        for (int i = 3; i < tokens.length; i++) {
            String problem = NameGlob.problem(tokens[i]);
            if (problem != null) {
                error(problem);
            }
            names.add(new NameGlob(tokens[i]));
        }
        if (names.isEmpty()) {
            names.add(NameGlob.ANY);
        }
        if (operations.contains(Operation.LIST) && !names.stream().allMatch(NameGlob::isAny)) {
            error("list has no name to match: give list in a rule without name patterns (or with *)");
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new PolicyRule(tokens[0].equals("allow"), operations, subject, List.copyOf(names), where());
    }

    private Set<Operation> operations(String list) {
        if (list.equals("*")) {
            return EnumSet.allOf(Operation.class);
        }
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (String word : list.split(",", -1)) {
            Operation found = null;
            for (Operation operation : Operation.values()) {
                if (operation.word().equals(word)) {
                    found = operation;
                }
            }
            if (found == null) {
                error("unknown operation '" + word + "' (expected add, find, list, takeover, or * for all,"
                        + " separated by commas without spaces)");
            } else {
                operations.add(found);
            }
        }
        return operations;
    }

    private Subject subject(String text) {
        if (text.equals("*")) {
            return Subject.ANYONE;
        }
        List<Subject.Term> terms = new ArrayList<>();
        for (String term : text.split(",", -1)) {
            int equals = term.indexOf('=');
            String kind = equals < 0 ? term : term.substring(0, equals);
            String value = equals < 0 ? "" : term.substring(equals + 1);
            Subject.Term parsed = switch (kind) {
                case "uid" -> uid(value);
                case "gid" -> gid(value);
                case "appid" -> appId(value);
                default -> error("unknown subject '" + term + "' (expected *, or uid=..., gid=..., appid=...,"
                        + " separated by commas without spaces)");
            };
            if (parsed != null) {
                terms.add(parsed);
            }
        }
        return new Subject(List.copyOf(terms), text);
    }

    private Subject.Term uid(String value) {
        if (value.equals("self")) {
            long self = Integer.toUnsignedLong(ownUid);
            return new Subject.UidRange(self, self);
        }
        long[] range = range(value, MAX_ID, false);
        if (range != null) {
            return new Subject.UidRange(range[0], range[1]);
        }
        OptionalInt uid = users.uidOf(value);
        if (uid.isEmpty()) {
            return error("unknown user '" + value + "' in uid=" + value + " (expected a uid, a range N-M, a user"
                    + " name or self)");
        }
        long id = Integer.toUnsignedLong(uid.getAsInt());
        return new Subject.UidRange(id, id);
    }

    private Subject.Term gid(String value) {
        long[] range = range(value, MAX_ID, false);
        if (range != null) {
            return new Subject.GidRange(range[0], range[1]);
        }
        OptionalInt gid = users.gidOf(value);
        if (gid.isEmpty()) {
            return error("unknown group '" + value + "' in gid=" + value + " (expected a gid, a range N-M or a"
                    + " group name)");
        }
        long id = Integer.toUnsignedLong(gid.getAsInt());
        return new Subject.GidRange(id, id);
    }

    private Subject.Term appId(String value) {
        long[] range = range(value, Subject.PER_USER_RANGE - 1, true);
        return range == null ? null : new Subject.AppIdRange(range[0], range[1]);
    }

    /**
     * {@code N} or {@code N-M} with {@code 0 <= N <= M <= max}; null if {@code value} is no number (a
     * name), unless {@code numbersOnly}, which makes that an error too. A bad number is an error.
     */
    private long[] range(String value, long max, boolean numbersOnly) {
        if (value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            if (numbersOnly) {
                error("expected a number or a range N-M, found '" + value + "'");
            }
            return null;
        }
        int dash = value.indexOf('-');
        String firstText = dash < 0 ? value : value.substring(0, dash);
        String lastText = dash < 0 ? value : value.substring(dash + 1);
        long first = number(firstText, max);
        long last = number(lastText, max);
        if (first < 0 || last < 0) {
            error("'" + value + "' is not a number or a range N-M of numbers from 0 to " + max);
        } else if (first > last) {
            error("range '" + value + "' is empty: " + first + " > " + last);
        }
        return new long[] {first, last};
    }

    private static long number(String text, long max) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long value = Long.parseLong(text);
        return value <= max ? value : -1;
    }

    private String where() {
        return source + ":" + line;
    }

    private <T> T error(String message) {
        errors.add(where() + ": " + message);
        return null;
    }
}
