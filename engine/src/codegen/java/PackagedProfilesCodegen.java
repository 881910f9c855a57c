import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Build time only (engine/pom.xml runs it in process-classes, after PackagedRulesCodegen, as a single-file source
 * program): reads each built-in profile (rules/profiles/*.yaml) exactly as a run reads it —
 * {@link ProfileLoader#readBuiltInAsWritten}, Jackson's data binding and the loader's checks — and writes
 * {@code io.jixiao.profile.GeneratedProfiles}, whose {@code of(name, text)} builds the same objects with their
 * canonical constructors when given the very text it was made from (docs/performance.md#packaged-profiles). The source
 * goes to {@code target/generated-profiles} (for reading), the class into the classes folder. The source is the same
 * for the same YAML: maps whose order means nothing (Map.copyOf's) are written by sorted keys, the others in their own
 * order.
 *
 * <p>What it writes: records (their canonical constructor, components in order), lists, maps, enums, strings,
 * BigDecimal (its text, so the scale stays), int, long, boolean and null. Anything else fails the build, by name. With
 * the code, the shape of every record it constructs (PackagedProfiles.shape), which a run checks before using it.
 * Once compiled, the code is loaded and run here: for each profile it must make what Jackson reads, node for node
 * ({@link #verify}), or the build fails — with or without the tests.
 *
 * <p>Arguments: the classes folder.
 */
public final class PackagedProfilesCodegen {

    private static final String CLASS = "GeneratedProfiles";
    /** Every record class the code constructs, in the order first met (the source is the same for the same YAML). */
    private static final java.util.Set<Class<?>> RECORDS = new java.util.LinkedHashSet<>();

    private PackagedProfilesCodegen() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        long t0 = System.nanoTime();
        StringBuilder src = new StringBuilder();
        src.append("package io.jixiao.profile;\n\n");
        src.append("/** Generated at build time by PackagedProfilesCodegen from rules/profiles/*.yaml: do not edit. */\n");
        src.append("final class ").append(CLASS).append(" implements PackagedProfiles {\n\n");
        StringBuilder cases = new StringBuilder();
        StringBuilder makers = new StringBuilder();
        for (String name : ProfileLoader.BUILT_IN) {
            ScoringProfile p = ProfileLoader.readBuiltInAsWritten(name);
            String method = "profile" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String text = "TEXT_" + name.toUpperCase(java.util.Locale.ROOT);
            src.append("    private static final String ").append(text).append(" = ")
                    .append(literal(ProfileLoader.builtInText(name))).append(";\n");
            cases.append("            case ").append(literal(name)).append(" -> ").append(text).append(".equals(text) ? ")
                    .append(method).append("() : null;\n");
            makers.append("    private static ScoringProfile ").append(method).append("() {\n        return ")
                    .append(value(p)).append(";\n    }\n\n");
        }
        List<String> shapes = new ArrayList<>();
        for (Class<?> c : RECORDS) {
            shapes.add(literal(shape(c)));
        }
        src.append("    private static final java.util.List<String> SHAPES = java.util.List.of(\n            ")
                .append(String.join(",\n            ", shapes)).append(");\n");
        src.append("\n    @Override\n    public java.util.List<String> shapes() {\n        return SHAPES;\n    }\n");
        src.append("\n    @Override\n    public ScoringProfile of(String name, String text) {\n");
        src.append("        return switch (name) {\n").append(cases).append("            default -> null;\n");
        src.append("        };\n    }\n\n").append(makers);
        src.append("    /** A map in the order of its keys and values as given. */\n");
        src.append("    @SuppressWarnings(\"unchecked\")\n");
        src.append("    private static <K, V> java.util.Map<K, V> map(Object... keysAndValues) {\n");
        src.append("        java.util.Map<K, V> m = new java.util.LinkedHashMap<>();\n");
        src.append("        for (int i = 0; i < keysAndValues.length; i += 2) {\n");
        src.append("            m.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);\n        }\n");
        src.append("        return m;\n    }\n}\n");

        // an old class goes first: a build that fails below must leave no class behind, which a later build would
        // take as up to date
        Path compiled = classes.resolve("io/jixiao/profile/" + CLASS + ".class");
        Files.deleteIfExists(compiled);
        Path source = classes.getParent().resolve("generated-profiles/io/jixiao/profile/" + CLASS + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, src.toString(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this JVM (a JDK is needed to build jixiao)");
        }
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-encoding", "UTF-8", "--release", "17", "-proc:none", "-implicit:none", "-Xlint:none",
                source.toString());
        if (rc != 0) {
            System.err.println("jixiao: the generated profiles do not compile: " + source);
            System.exit(1);
        }
        try {
            verify();
        } catch (RuntimeException | LinkageError e) {
            Files.deleteIfExists(compiled);
            throw e;
        }
        System.out.printf("jixiao: %d built-in profiles → %s (%.1f s)%n", ProfileLoader.BUILT_IN.size(), CLASS,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The compiled code, loaded and run: for each built-in profile's text it makes what Jackson reads, node for node —
     * the same class at every node (records, lists, maps, numbers), the same components, items and entries in the
     * same order, BigDecimal with its scale — and its records have the shapes it recorded. A difference fails the build
     * (with or without the tests).
     */
    private static void verify() {
        Object code;
        List<String> recorded;
        java.lang.reflect.Method of;
        try {
            Class<?> c = Class.forName("io.jixiao.profile." + CLASS);
            var made = c.getDeclaredConstructor();
            made.setAccessible(true);
            code = made.newInstance();
            of = c.getMethod("of", String.class, String.class);
            of.setAccessible(true);
            var shapesOf = c.getMethod("shapes");
            shapesOf.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) shapesOf.invoke(code);
            recorded = s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated profiles do not load", e);
        }
        for (String s : recorded) {
            try {
                if (!shape(Class.forName(s.substring(0, s.indexOf('(')))).equals(s)) {
                    throw new IllegalStateException("a shape recorded in " + CLASS + " is not the record's: " + s);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("a record recorded in " + CLASS + " is missing: " + s, e);
            }
        }
        for (String name : ProfileLoader.BUILT_IN) {
            Object made;
            try {
                made = of.invoke(code, name, ProfileLoader.builtInText(name));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the generated profile " + name + " does not build", e);
            }
            String read = describe(ProfileLoader.readBuiltInAsWritten(name));
            if (made == null || !describe(made).equals(read)) {
                throw new IllegalStateException("the generated profile " + name + " is not what its YAML reads as:\n  "
                        + (made == null ? "null" : describe(made)) + "\n  " + read);
            }
        }
    }

    /** Every node of a value with its class, records component by component, lists and maps in their order. */
    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        String kind = v.getClass().getName();
        if (v instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    parts.add(c.getName() + "=" + describe(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + kind + "." + c.getName(), e);
                }
            }
            return kind + "(" + String.join(", ", parts) + ")";
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(o -> items.add(describe(o)));
            return kind + "[" + String.join(", ", items) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            ordered(m).forEach((k, x) -> items.add(describe(k) + "=" + describe(x)));
            return kind + "{" + String.join(", ", items) + "}";
        }
        return kind + ":" + v;
    }

    /** The engine's own description of a record's shape (PackagedProfiles.shape), which a run compares. */
    private static String shape(Class<?> record) {
        try {
            java.lang.reflect.Method shape = Class.forName("io.jixiao.profile.PackagedProfiles")
                    .getDeclaredMethod("shape", Class.class);
            shape.setAccessible(true);
            return (String) shape.invoke(null, record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PackagedProfiles.shape is missing", e);
        }
    }

    /** Java source that makes {@code v}. */
    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return literal(s);
        }
        if (v instanceof BigDecimal d) {
            return "new java.math.BigDecimal(\"" + d.toString() + "\")";
        }
        if (v instanceof Integer || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Long l) {
            return l + "L";
        }
        if (v instanceof Enum<?> e) {
            return e.getDeclaringClass().getCanonicalName() + "." + e.name();
        }
        if (v instanceof Record r) {
            RECORDS.add(r.getClass());
            List<String> args = new ArrayList<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
                }
                // a null is cast to its component's type, so that no other constructor of the same arity could take it
                args.add(part == null ? "(" + c.getType().getCanonicalName() + ") null" : value(part));
            }
            return "new " + r.getClass().getCanonicalName() + "(" + String.join(", ", args) + ")";
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            for (Object o : l) {
                if (o == null) {
                    throw new IllegalStateException("a list with null in a built-in profile: " + l);
                }
                items.add(value(o));
            }
            return "java.util.List.of(" + String.join(", ", items) + ")";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<?, ?> e : ordered(m).entrySet()) {
                items.add(value(e.getKey()));
                items.add(value(e.getValue()));
            }
            return "map(" + String.join(", ", items) + ")";
        }
        throw new IllegalStateException("a built-in profile holds a " + v.getClass().getName()
                + ", which PackagedProfilesCodegen does not write: " + v);
    }

    /** A map's entries in its own order, or by key when it has none that means anything (Map.copyOf's). */
    private static Map<?, ?> ordered(Map<?, ?> m) {
        if (m instanceof LinkedHashMap || m instanceof SortedMap || m instanceof EnumMap
                || m.getClass().getName().startsWith("java.util.Collections$Unmodifiable")) {
            return m;
        }
        Map<Object, Object> sorted = new TreeMap<>();
        sorted.putAll(m);
        return sorted;
    }

    /** A Java string literal: ASCII, every other character as a unicode escape. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
