package io.jixiao.profile;

import io.jixiao.load.YNode;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.GradeLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a profile file makes sense as a scoring scheme (docs/formats.md#profiles), beyond having its keys: weights
 * of 0 or more, achievement bands inside 0–100% in the order 未达成 &lt; 部分达成 &lt; 达成 with each default inside its
 * band, ratings inside 0–100% in the order 优 ≥ 良 ≥ 中 ≥ 差, grade thresholds 优 &gt; 良 &gt; 中 inside 0–100, and a
 * 偏离度 flag of 0 or more. Each problem is KPI-0131 at the value that breaks the rule; all are reported at once.
 */
final class Sense {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<GradeLevel> BANDS = List.of(GradeLevel.NOT_ACHIEVED, GradeLevel.PARTIAL,
            GradeLevel.ACHIEVED);
    private static final List<GradeLevel> RATINGS = List.of(GradeLevel.EXCELLENT, GradeLevel.GOOD, GradeLevel.FAIR,
            GradeLevel.POOR);
    private static final List<String> GRADES = List.of("优", "良", "中");

    private final String file;
    private final YNode tree;
    private final List<Finding> out = new ArrayList<>();

    private Sense(String file, YNode tree) {
        this.file = file;
        this.tree = tree;
    }

    /** @throws KpiException with every KPI-0131 the profile gives */
    static void check(ScoringProfile p, String file, YNode tree) {
        Sense s = new Sense(file, tree);
        s.weights(p);
        s.bands(p);
        s.ratings(p);
        s.grades(p);
        if (p.overAchievementFlag().signum() < 0) {
            s.problem("invalid.overAchievementNegative", new Object[] {"value", num(p.overAchievementFlag())},
                    "overAchievementFlag");
        }
        if (!s.out.isEmpty()) {
            throw new KpiException(s.out);
        }
    }

    /**
     * {@code read()}, its KPI-0131 about the whole file (the loader's own checks: the weights' sum, a category in
     * two groups …) placed at the key it is about when the file writes it.
     */
    static ScoringProfile locate(java.util.concurrent.Callable<ScoringProfile> read, String file, YNode tree)
            throws java.io.IOException {
        try {
            return read.call();
        } catch (KpiException e) {
            Sense s = new Sense(file, tree);
            throw new KpiException(e.findings().stream().map(f -> f.location().known() ? f
                    : f.at(s.at(keyOf(f.message())))).toList());
        } catch (java.io.IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key a whole-file finding of the loader is about, by its words in either language (profile/texts.properties
     * and texts_zh.properties: invalid.weights, invalid.aggregation, invalid.review, invalid.gradePercent).
     */
    static String keyOf(String message) {
        if (message.contains("add up to") || message.contains("权重之和")) {
            return "budgetWeight";
        }
        if (message.contains("aggregation") || message.contains("汇总方式")) {
            return "aggregation";
        }
        if (message.contains("review:")) {
            return "review";
        }
        if (message.contains("grade ") || message.contains("no percent") || message.contains("没有对应的百分比")) {
            return "achievement";
        }
        return "groups";
    }

    private void weights(ScoringProfile p) {
        if (p.budgetWeight().signum() < 0) {
            problem("invalid.budgetWeightNegative", new Object[] {"value", num(p.budgetWeight())}, "budgetWeight");
        }
        for (int i = 0; i < p.groups().size(); i++) {
            ScoringProfile.Group g = p.groups().get(i);
            if (g.weight() != null && g.weight().signum() < 0) {
                problem("invalid.groupWeightNegative", new Object[] {"value", num(g.weight()), "group", g.name()},
                        "groups", i, "weight");
            }
        }
    }

    /**
     * The achievement bands, checked once (ProfileLoader.checkBands: they meet, in order, each default inside its
     * band), each finding placed at the band's key the file writes.
     */
    private void bands(ScoringProfile p) {
        if (p.achievement() == null || !p.achievement().keySet().containsAll(BANDS)) {
            return; // a missing grade is the loader's finding
        }
        try {
            ProfileLoader.checkBands(p, (level, field) -> field == null ? at("achievement", level.name())
                    : at("achievement", level.name(), field));
        } catch (KpiException e) {
            out.addAll(e.findings());
        }
    }

    private void ratings(ScoringProfile p) {
        BigDecimal above = null;
        GradeLevel aboveLevel = null;
        for (GradeLevel l : RATINGS) {
            BigDecimal r = p.ratings().get(l);
            if (r == null) {
                continue; // reported as a missing grade
            }
            if (!within(r)) {
                problem("invalid.ratingOutside", new Object[] {"level", l, "grade", l.label(), "value", num(r)},
                        "ratings", l.name());
            } else if (above != null && r.compareTo(above) > 0) {
                problem("invalid.ratingAbove", new Object[] {"level", l, "grade", l.label(), "value", num(r),
                        "aboveLevel", aboveLevel, "aboveGrade", aboveLevel.label(), "above", num(above)},
                        "ratings", l.name());
            }
            above = r;
            aboveLevel = l;
        }
    }

    private void grades(ScoringProfile p) {
        for (String g : p.grades().keySet()) {
            if (!GRADES.contains(g)) {
                problem("invalid.gradeUnknown", new Object[] {"grade", g}, "grades", g);
            }
        }
        BigDecimal above = null;
        String aboveGrade = null;
        for (String g : GRADES) {
            BigDecimal t = p.grades().get(g);
            if (t == null) {
                problem("invalid.gradeMissing", new Object[] {"grade", g}, "grades");
                continue;
            }
            if (!within(t)) {
                problem("invalid.gradeOutside", new Object[] {"grade", g, "value", num(t)}, "grades", g);
            } else if (above != null && t.compareTo(above) >= 0) {
                problem("invalid.gradeNotBelow", new Object[] {"grade", g, "value", num(t), "aboveGrade", aboveGrade,
                        "above", num(above)}, "grades", g);
            }
            above = t;
            aboveGrade = g;
        }
    }

    private static boolean within(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }

    private static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** KPI-0131 at the value the path names (keys, and indexes into lists), or the nearest part of it written. */
    private void problem(String key, Object[] args, Object... path) {
        out.add(ProfileProblems.invalid(at(path), key, args));
    }

    Location at(Object... path) {
        YNode n = tree;
        Location found = n.at();
        for (Object step : path) {
            YNode next = null;
            if (step instanceof String key && n instanceof YMap m && m.entries().containsKey(key)) {
                next = m.entries().get(key).value();
            } else if (step instanceof Integer i && n instanceof YList l && i < l.items().size()) {
                next = l.items().get(i);
            }
            if (next == null) {
                break;
            }
            n = next;
            found = n.at();
        }
        return found.known() ? found : Location.of(file);
    }
}
