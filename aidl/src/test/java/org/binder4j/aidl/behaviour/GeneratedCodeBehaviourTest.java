package org.binder4j.aidl.behaviour;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.binder4j.aidl.java.AidlToJava;
import org.binder4j.aidl.java.InMemoryJavac;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated code at work: the AIDL under {@code src/test/resources/behaviour/aidl} is generated and compiled in
 * memory with the service and the scenarios under {@code behaviour/java}; each public method of
 * {@code TestServiceScenarios} runs as a test, with a server and a client process of its own over the in-process
 * driver (every primitive, String, arrays, lists and maps in every direction, parcelables, unions, enums, nulls,
 * binders, callbacks, oneway calls, typed exceptions, file descriptors); likewise {@code GuardedServiceScenarios}
 * (permissions, default implementation, delegator, sensitive calls).
 */
class GeneratedCodeBehaviourTest {
    private static final Path ROOT = Path.of("src/test/resources/behaviour").toAbsolutePath();
    /** The classes whose public methods are the scenarios. */
    private static final List<String> SCENARIOS = List.of("org.binder4j.behaviour.TestServiceScenarios",
            "org.binder4j.behaviour.GuardedServiceScenarios");

    @TestFactory
    Stream<DynamicTest> scenarios() throws Exception {
        AidlToJava java = new AidlToJava(ROOT.resolve("aidl"));
        for (String path : SourceTree.paths(ROOT.resolve("aidl"), ".aidl")) {
            java.add(path);
        }
        Map<String, String> sources = new TreeMap<>(java.sources());
        sources.putAll(SourceTree.read(ROOT.resolve("java"), ".java"));
        ClassLoader loader = InMemoryJavac.compileOrFail(sources);
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : SCENARIOS) {
            Class<?> scenarios = loader.loadClass(name);
            Arrays.stream(scenarios.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> tests.add(DynamicTest.dynamicTest(scenarios.getSimpleName() + "." + m.getName(),
                            () -> run(scenarios, m))));
        }
        return tests.stream();
    }

    /** Runs one scenario in processes of its own. */
    private static void run(Class<?> scenarios, Method scenario) throws Throwable {
        try (InProcessPeers peers = new InProcessPeers()) {
            scenario.invoke(scenarios.getConstructor(InProcessPeers.class).newInstance(peers));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
