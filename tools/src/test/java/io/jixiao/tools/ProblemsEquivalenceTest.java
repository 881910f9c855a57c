package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * While model.Problems still exists: every factory of the subsystems' XProblems classes gives the very finding
 * the old catalogue gave, for arguments that walk every branch (nulls, empty strings and lists, both booleans).
 */
class ProblemsEquivalenceTest {

    static final List<String> NEW = List.of("io.jixiao.load.LoadProblems", "io.jixiao.profile.ProfileProblems",
            "io.jixiao.rules.RuleProblems", "io.jixiao.scoring.ScoringProblems", "io.jixiao.scoring.SessionProblems",
            "io.jixiao.review.ReviewProblems", "io.jixiao.recheck.RecheckProblems",
            "io.jixiao.pipeline.PipelineProblems", "io.jixiao.report.OutputProblems",
            "io.jixiao.importer.ImportProblems", "io.jixiao.workbook.WorkbookProblems",
            "io.jixiao.tools.ToolProblems", "io.jixiao.cli.CliProblems");

    static final Object[] STRINGS = {null, "", "0.95", "Maybe x", "名称 {a}'|", "m"};
    static final Object[] LOCATIONS = {new Location("t.yaml", 3, 7), Location.UNKNOWN};
    static final Object[] COLLECTIONS = {List.of(), List.of("a", "b"),
            IntStream.range(0, 45).mapToObj(i -> "n" + i).toList()};
    static final Object[] BOOLEANS = {true, false};
    static final Object[] INTS = {0, 3};
    static final Object[] LONGS = {0L, 3L};
    static final Object[] FINDINGS = {new Finding(Severity.ERROR, "KPI-0105", "m", "h", new Location("a", 1, 2))};

    @Test
    void everyOldFactoryHasANewOneThatGivesTheSameFindings() throws Exception {
        Class<?> old = Class.forName("io.jixiao.model.Problems");
        List<Class<?>> fresh = new ArrayList<>();
        for (String n : NEW) {
            try {
                fresh.add(Class.forName(n));
            } catch (ClassNotFoundException e) {
                // not migrated yet
            }
        }
        List<String> missing = new ArrayList<>();
        int compared = 0;
        for (Method m : old.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Method n = null;
            for (Class<?> c : fresh) {
                try {
                    n = c.getMethod(m.getName(), m.getParameterTypes());
                    break;
                } catch (NoSuchMethodException e) {
                    // elsewhere
                }
            }
            if (n == null) {
                missing.add(m.getName());
                continue;
            }
            for (Object[] args : combinations(m.getParameterTypes())) {
                Object a = call(m, args);
                Object b = call(n, args);
                assertThat(b).as(m.getName() + Arrays.toString(args)).isEqualTo(a);
                compared++;
            }
        }
        System.out.println("compared " + compared + " calls; not migrated: " + missing);
        assertThat(compared).isPositive();
    }

    private static Object call(Method m, Object[] args) {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Object[]> combinations(Class<?>[] types) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[0]);
        for (Class<?> t : types) {
            Object[] choices = t == String.class ? STRINGS : t == Location.class ? LOCATIONS
                    : Collection.class.isAssignableFrom(t) ? COLLECTIONS : t == boolean.class ? BOOLEANS
                    : t == int.class ? INTS : t == long.class ? LONGS : t == Finding.class ? FINDINGS : null;
            if (choices == null) {
                throw new AssertionError("no arguments of " + t);
            }
            List<Object[]> next = new ArrayList<>();
            for (Object[] prefix : out) {
                for (Object c : choices) {
                    Object[] a = Arrays.copyOf(prefix, prefix.length + 1);
                    a[prefix.length] = c;
                    next.add(a);
                }
            }
            out = next;
        }
        return out;
    }
}
