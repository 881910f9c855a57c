package io.jixiao.tools.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one thing: best, median, worst, and the spread between best and worst. */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    void add(double v) {
        values.add(v);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    double min() {
        return Collections.min(values);
    }

    double max() {
        return Collections.max(values);
    }

    double median() {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    double mean() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    int count() {
        return values.size();
    }

    /** "best 1.23 s · median 1.30 s · worst 1.52 s · mean 1.33 s (n=5)" for times (lower is better). */
    String seconds() {
        return String.format(Locale.ROOT, "best %.3f s · median %.3f s · worst %.3f s · mean %.3f s (n=%d)", min(),
                median(), max(), mean(), count());
    }

    /** Work done per second, from the times it took. */
    record Rate(Stats seconds, double work) {

        double best() {
            return work / seconds.min();
        }

        String rate(String unit) {
            return String.format(Locale.ROOT, "best %,.0f %s · median %,.0f · worst %,.0f (n=%d)", best(), unit,
                    work / seconds.median(), work / seconds.max(), seconds.count());
        }
    }
}
