package org.binder4j.servicemanager.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may add, find and list which service names: binder4j's stand-in for the SELinux checks of
 * Android's service manager. The caller is known by the uid the driver reports for its call (from
 * {@code SO_PEERCRED}, never self-declared).
 *
 * <h2>File format</h2>
 * UTF-8 text, one rule per line; {@code #} starts a comment; blank lines are ignored.
 * <pre>
 * allow|deny  OPERATIONS  SUBJECT  [NAME-PATTERN ...]
 * </pre>
 * <ul>
 * <li><b>OPERATIONS</b>: {@code add}, {@code find}, {@code list}, {@code takeover}, separated by commas
 *     without spaces, or {@code *} for all four. {@code add} registers a name (and covers
 *     {@code registerClientCallback} and {@code tryUnregisterService}); {@code find} looks one up (and
 *     covers {@code registerForNotifications} and so the waiting lookups); {@code list} lists the
 *     names; {@code takeover} lets a caller register a name that a process of <em>another</em> uid has
 *     registered, replacing it (it needs {@code add} as well).
 * <li><b>SUBJECT</b>: {@code *} for anyone, or terms separated by commas without spaces, any of which
 *     may match: {@code uid=N}, {@code uid=N-M}, {@code uid=USER}, {@code uid=self} (the service
 *     manager's own uid); {@code gid=N}, {@code gid=N-M}, {@code gid=GROUP}: the caller's user belongs
 *     to such a group, as the user database says (its primary group or a supplementary one, what
 *     {@code id -G USER} prints; as D-Bus and polkit decide group membership), so a uid without a user
 *     entry is in no group; {@code appid=N}, {@code appid=N-M}: the uid modulo 100000 (Android's app id,
 *     so {@code appid=10000-19999} are Android's app uids of every user). Ids are 0 to 4294967294.
 * <li><b>NAME-PATTERN</b>s: service names where {@code *} matches any run of characters (dots and
 *     slashes included) and {@code ?} one character; none means {@code *}. {@code list} has no name: a
 *     rule naming {@code list} takes no patterns other than {@code *}.
 * </ul>
 *
 * <h2>Semantics: the first matching rule decides</h2>
 * A request is an operation by a uid on a name. The rules are tried from the top; the first one that
 * names the operation, whose subject matches the caller and one of whose patterns matches the name
 * decides: {@code allow} or {@code deny}. When no rule matches, the request is <b>denied</b>. So put
 * exceptions before the general rules they carve out of.
 *
 * <p>Where the checks happen: {@code addService} checks {@code add}, then, when the name is registered
 * by another uid, {@code takeover}; lookups check {@code find}; {@code listServices} and
 * {@code getServiceDebugInfo} check {@code list} and return only the names the caller may
 * {@code find}. A denied request throws a {@link SecurityException} to the caller naming the operation,
 * the name, the caller's uid and the rule that decided ({@code FILE:LINE}). Unknown user and group
 * names, unknown words and impossible patterns are syntax errors: a policy with any error is not used
 * at all.
 *
 * <h2>The built-in policy</h2>
 * Without a file, the service manager uses {@link #BUILT_IN}: everybody may find and list, and add any
 * name, but a name registered by one uid may be taken over only by root and by the service manager's
 * own uid. Android's "app uids cannot add services" rule is not built in, since ordinary Linux users may
 * have uids in that range; a policy file states it with {@code deny add appid=10000-99999}.
 *
 * <p>Group memberships are looked up once per uid and policy, so changes to the user database are seen
 * after the next reload. Instances are immutable and thread-safe.
 */
public final class AccessPolicy {
    /** The rules used when no policy file is given. */
    public static final String BUILT_IN = """
            # binder4j's built-in policy
            allow find,list  *
            allow add        *
            allow takeover   uid=0,uid=self
            """;

    private final String source;
    private final List<PolicyRule> rules;
    private final UserDirectory users;
    private final ConcurrentHashMap<Integer, int[]> groups = new ConcurrentHashMap<>();

    private AccessPolicy(String source, List<PolicyRule> rules, UserDirectory users) {
        this.source = source;
        this.rules = rules;
        this.users = users;
    }

    /** {@link #BUILT_IN} for a service manager running as {@code ownUid}. */
    public static AccessPolicy builtIn(int ownUid) {
        try {
            return parse(BUILT_IN, "built-in policy", ownUid, UserDirectory.SYSTEM);
        } catch (PolicyException e) {
            throw new IllegalStateException("the built-in policy does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the policy file {@code file} for a service manager running as {@code ownUid}.
     *
     * @throws PolicyException if the file cannot be read or has errors, each with its {@code FILE:LINE}
     */
    public static AccessPolicy read(Path file, int ownUid) throws PolicyException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException("cannot read policy file " + file + ": " + e, e);
        }
        return parse(text, file.toString(), ownUid, UserDirectory.SYSTEM);
    }

    static AccessPolicy parse(String text, String source, int ownUid, UserDirectory users) throws PolicyException {
        return new AccessPolicy(source, PolicyParser.parse(text, source, ownUid, users), users);
    }

    /** Where the rules come from: the file's path, or "built-in policy". */
    public String source() {
        return source;
    }

    public int ruleCount() {
        return rules.size();
    }

    /**
     * Whether {@code uid} may do {@code operation} on {@code name}.
     *
     * @param name the service name, or null for {@link Operation#LIST}
     */
    public boolean allows(Operation operation, int uid, String name) {
        PolicyRule rule = decidingRule(operation, uid, name);
        return rule != null && rule.allow();
    }

    /**
     * Throws unless {@code uid} may do {@code operation} on {@code name}.
     *
     * @param name the service name, or null for {@link Operation#LIST}
     * @throws SecurityException naming the operation, the name, the uid and the deciding rule
     */
    public void check(Operation operation, int uid, String name) {
        PolicyRule rule = decidingRule(operation, uid, name);
        if (rule != null && rule.allow()) {
            return;
        }
        String denied = (name == null ? operation.word() : operation.word() + " of '" + name + "'")
                + " denied for uid " + Integer.toUnsignedString(uid);
        throw new SecurityException(rule == null ? denied + ": no rule of " + source + " allows it"
                : denied + " by rule " + rule.where());
    }

    private PolicyRule decidingRule(Operation operation, int uid, String name) {
        for (PolicyRule rule : rules) {
            if (rule.matches(operation, uid, name, this::groupsOf)) {
                return rule;
            }
        }
        return null;
    }

    private int[] groupsOf(int uid) {
        return groups.computeIfAbsent(uid, users::groupsOf);
    }

    @Override
    public String toString() {
        return source + " (" + rules.size() + " rule" + (rules.size() == 1 ? "" : "s") + ")";
    }
}
