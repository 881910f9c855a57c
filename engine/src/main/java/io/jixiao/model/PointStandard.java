package io.jixiao.model;

import io.jixiao.value.Comparator;
import io.jixiao.value.GradeLevel;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A 评分标准 written in points (docs/scoring.md#point-standards), the form score sheets use: bands on the actual
 * ({@code ≥90%，计5分；80%(含)-90%，计4分；…；低于60%不得分}), a standard with a deduction in points
 * ({@code 在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止}), choices of wording
 * ({@code 无结余，3分；有结余，但不超过上年结转，2分；…}), grades in points ({@code 达成年度指标计20分；部分达成计12分；未达成不得分})
 * or the default method said in words ({@code 达到目标值计满分，未达到按完成比例计分}). Points of {@code null} mean 满分
 * (the indicator's 分值). What a standard awards is capped at the 分值 when scored.
 */
public sealed interface PointStandard
        permits PointStandard.Bands, PointStandard.Steps, PointStandard.Choices, PointStandard.Grades,
        PointStandard.Proportional {

    /**
     * The most any entry awards (the top band, the standard's full points, the best option); null when it awards
     * 满分 at most or nothing is written in points.
     */
    BigDecimal topPoints();

    /** The unit its numbers are in ("%", a count, or "" for bare numbers); null when it has no numbers. */
    default String unit() {
        return null;
    }

    /** One end of a band: its value and whether the band includes it. */
    record Bound(BigDecimal value, boolean included) {
        public Bound {
            value = plain(Objects.requireNonNull(value));
        }
    }

    /**
     * A band of the actual and what it awards: low and high ends (null for none), {@code points} (null: 满分).
     * {@code ≥90%} is [90, ∞); {@code 80%(含)-90%} is [80, 90); {@code 10-20%(含)} is (10, 20]; {@code =0} is [0, 0].
     */
    record Band(Bound low, Bound high, BigDecimal points) {

        public Band {
            points = points == null ? null : plain(points);
        }

        public boolean contains(BigDecimal v) {
            if (low != null) {
                int c = v.compareTo(low.value());
                if (c < 0 || (c == 0 && !low.included())) {
                    return false;
                }
            }
            if (high != null) {
                int c = v.compareTo(high.value());
                return c < 0 || (c == 0 && high.included());
            }
            return true;
        }

        /** The band as a person reads it: ≥90%, [80%, 90%), (10%, 20%], =0%, &lt;60%. */
        public String text(String unit) {
            if (low != null && high != null && low.value().compareTo(high.value()) == 0) {
                return "=" + num(low.value()) + unit;
            }
            if (high == null) {
                return low == null ? "任意值" : (low.included() ? "≥" : ">") + num(low.value()) + unit;
            }
            if (low == null) {
                return (high.included() ? "≤" : "<") + num(high.value()) + unit;
            }
            return (low.included() ? "[" : "(") + num(low.value()) + unit + ", " + num(high.value()) + unit
                    + (high.included() ? "]" : ")");
        }
    }

    /** Bands on the actual, in the order written; the first band holding the actual counts. */
    record Bands(String unit, List<Band> bands) implements PointStandard {

        public Bands {
            unit = unit == null ? "" : unit;
            bands = List.copyOf(bands);
        }

        /** The index of the first band holding {@code v}; -1 when none does. */
        public int find(BigDecimal v) {
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).contains(v)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public BigDecimal topPoints() {
            return bands.stream().map(Band::points).filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
        }

        /** Two bands that share a value, as "[80%, 90%) and ≥85%"; null when no two do. */
        public String overlap() {
            for (int i = 0; i < bands.size(); i++) {
                for (int j = i + 1; j < bands.size(); j++) {
                    if (overlaps(bands.get(i), bands.get(j))) {
                        return bands.get(i).text(unit) + " and " + bands.get(j).text(unit);
                    }
                }
            }
            return null;
        }

        /**
         * The first stretch between the lowest and the highest end written that no band holds, as "[80%, 90%)" or
         * "=90%"; null when the bands leave no gap between them. Below the lowest and above the highest end written
         * nothing is asked of the bands.
         */
        public String gap() {
            java.util.TreeSet<BigDecimal> set = new java.util.TreeSet<>();
            for (Band b : bands) {
                if (b.low() != null) {
                    set.add(b.low().value());
                }
                if (b.high() != null) {
                    set.add(b.high().value());
                }
            }
            List<BigDecimal> ends = List.copyOf(set);
            // pieces: each end (even index 2k), and the open stretch after it (odd index 2k + 1)
            int pieces = 2 * ends.size() - 1;
            int first = -1;
            int last = -1;
            for (int k = 0; k < pieces; k++) {
                boolean covered = k % 2 == 0 ? find(ends.get(k / 2)) >= 0
                        : find(ends.get(k / 2).add(ends.get(k / 2 + 1)).divide(BigDecimal.valueOf(2))) >= 0;
                if (!covered && first < 0) {
                    first = k;
                }
                if (first >= 0) {
                    if (covered) {
                        break;
                    }
                    last = k;
                }
            }
            if (first < 0) {
                return null;
            }
            if (first == last && first % 2 == 0) {
                return "=" + num(ends.get(first / 2)) + unit;
            }
            String from = first % 2 == 0 ? "[" + num(ends.get(first / 2)) : "(" + num(ends.get(first / 2));
            String to = last % 2 == 0 ? num(ends.get(last / 2)) + unit + "]" : num(ends.get(last / 2 + 1)) + unit + ")";
            return from + unit + ", " + to;
        }

        private static boolean overlaps(Band a, Band b) {
            // they overlap when the higher of the two lows lies below the lower of the two highs (ends by inclusion)
            Bound low = maxLow(a.low(), b.low());
            Bound high = minHigh(a.high(), b.high());
            if (low == null || high == null) {
                return true;
            }
            int c = low.value().compareTo(high.value());
            return c < 0 || (c == 0 && low.included() && high.included());
        }

        private static Bound maxLow(Bound x, Bound y) {
            if (x == null) {
                return y;
            }
            if (y == null) {
                return x;
            }
            int c = x.value().compareTo(y.value());
            return c > 0 ? x : c < 0 ? y : new Bound(x.value(), x.included() && y.included());
        }

        private static Bound minHigh(Bound x, Bound y) {
            if (x == null) {
                return y;
            }
            if (y == null) {
                return x;
            }
            int c = x.value().compareTo(y.value());
            return c < 0 ? x : c > 0 ? y : new Bound(x.value(), x.included() && y.included());
        }

        @Override
        public String unit() {
            return unit;
        }
    }

    /**
     * A standard and a deduction in points: {@code points} (null: 满分) when the actual meets {@code direction}
     * {@code threshold}; else {@code deduct} points off for each whole {@code per} (in {@code unit}; % counts
     * percentage points) beyond it, never below 0 (扣完为止).
     */
    record Steps(Comparator direction, BigDecimal threshold, String unit, BigDecimal points, BigDecimal per,
                 BigDecimal deduct) implements PointStandard {

        public Steps {
            unit = unit == null ? "" : unit;
            threshold = plain(threshold);
            points = points == null ? null : plain(points);
            per = plain(per);
            deduct = plain(deduct);
        }

        @Override
        public BigDecimal topPoints() {
            return points;
        }

        @Override
        public String unit() {
            return unit;
        }
    }

    /** One option of wording and what it awards (null: 满分). */
    record Choice(String option, BigDecimal points) {
        public Choice {
            points = points == null ? null : plain(points);
        }
    }

    /** Choices of wording: the actual is one of the options (compared after normalising the text). */
    record Choices(List<Choice> choices) implements PointStandard {

        public Choices {
            choices = List.copyOf(choices);
        }

        /** The index of the option the text is, after normalising both (NFKC, no spaces, no end punctuation); -1. */
        public int find(String text) {
            String t = key(text);
            for (int i = 0; i < choices.size(); i++) {
                if (key(choices.get(i).option()).equals(t)) {
                    return i;
                }
            }
            return -1;
        }

        /** The options as written, for messages. */
        public List<String> options() {
            return choices.stream().map(Choice::option).toList();
        }

        /** An option as compared: NFKC, without spaces and without the punctuation at its end. */
        public static String key(String text) {
            return ValueParser.normalize(text == null ? "" : text).replace(" ", "").replaceAll("[,.;:。，、；：]+$", "");
        }

        @Override
        public BigDecimal topPoints() {
            return choices.stream().map(Choice::points).filter(Objects::nonNull).max(BigDecimal::compareTo)
                    .orElse(null);
        }
    }

    /** A grade and what it awards (null: 满分). */
    record GradePoints(GradeLevel level, BigDecimal points) {
        public GradePoints {
            points = points == null ? null : plain(points);
        }
    }

    /** Grades in points: 达成 / 部分达成 / 未达成 (or 优/良/中/差) each with its points. */
    record Grades(List<GradePoints> grades) implements PointStandard {

        public Grades {
            grades = List.copyOf(grades);
        }

        /** The index of the grade's entry; -1 when the standard does not list it. */
        public int find(GradeLevel level) {
            for (int i = 0; i < grades.size(); i++) {
                if (grades.get(i).level() == level) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public BigDecimal topPoints() {
            return grades.stream().map(GradePoints::points).filter(Objects::nonNull).max(BigDecimal::compareTo)
                    .orElse(null);
        }
    }

    /** 达到目标值计满分，未达到按完成比例计分: the default method, said in words. */
    record Proportional() implements PointStandard {

        @Override
        public BigDecimal topPoints() {
            return null;
        }
    }

    /** A number as written: 0.5, 90, 100. */
    static String num(BigDecimal v) {
        return plain(v).toPlainString();
    }

    /** Without trailing zeros, and without an exponent: 90.0 → 90, 0.50 → 0.5. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
