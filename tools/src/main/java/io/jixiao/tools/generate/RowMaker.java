package io.jixiao.tools.generate;

import io.jixiao.tools.generate.Draft.Claim;
import io.jixiao.tools.generate.Draft.Row;
import io.jixiao.tools.generate.Vocabulary.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * Writes one indicator row the way county tables do: comparators in several spellings, units, 万 and
 * full-width digits, a leading zero (≥0100%), 评（扣）分标准 phrases of docs/scoring.md#deductions — and an actual outcome
 * that is met, over-achieved, just short, far short, 完成 or 不适用.
 */
final class RowMaker {

    /** What happened to the indicator this year. */
    enum Outcome { MET, OVER, SHORT, FAR, DONE, NA }

    private final Random rng;
    private double weakness;

    RowMaker(Random rng) {
        this.rng = rng;
    }

    /** 0 (a department that meets nearly everything) … 1 (one that falls short often). */
    void weakness(double w) {
        this.weakness = w;
    }

    Row row(String level1, Vocabulary.Row template, String name, boolean naHeavy, BigDecimal budget,
            BigDecimal spent) {
        Outcome o = outcome(template.kind(), naHeavy);
        String l2 = template.level2() + (chance(0.85) ? "指标" : "");
        String[] value = value(template, o, budget, spent);
        Claim claim = o == Outcome.NA ? Claim.NONE : claim();
        return new Row(level1, l2, name, "反映" + name + "情况", value[0], value[1], null, pick(Vocabulary.BASES),
                value[2], claim, null);
    }

    /**
     * A row whose actual meets its target, with {@link Row#shortOf} the actual that falls short of the same
     * target, for benchmarks that flip it: both are written from one random state, so the target is the same.
     */
    Row flippable(String level1, Vocabulary.Row template, String name, BigDecimal budget, BigDecimal spent) {
        String l2 = template.level2() + (chance(0.85) ? "指标" : "");
        long state = rng.nextLong();
        String[] met = new RowMaker(new Random(state)).value(template, Outcome.MET, budget, spent);
        String[] shortOf = new RowMaker(new Random(state)).value(template, Outcome.SHORT, budget, spent);
        return new Row(level1, l2, name, "反映" + name + "情况", met[0], met[1], null, pick(Vocabulary.BASES),
                met[2], Claim.NONE, shortOf[2]);
    }

    /** The same row, met (used when a table would otherwise be all 不适用). */
    Row met(Row r, Vocabulary.Row template, BigDecimal budget, BigDecimal spent) {
        String[] value = value(template, Outcome.MET, budget, spent);
        return new Row(r.level1(), r.level2(), r.name(), r.description(), value[0], value[1], r.points(), r.basis(),
                value[2], Claim.HONEST, r.shortOf());
    }

    private Outcome outcome(Kind kind, boolean naHeavy) {
        if (chance(naHeavy ? 0.4 : 0.025)) {
            return Outcome.NA;
        }
        double r = rng.nextDouble();
        double over = 0.08;
        double shortOf = over + 0.12 + 0.25 * weakness;
        double far = shortOf + 0.03 + 0.2 * weakness;
        if (r < over) {
            return Outcome.OVER;
        }
        if (r < shortOf) {
            return Outcome.SHORT;
        }
        if (r < far) {
            return Outcome.FAR;
        }
        if (r < far + 0.02 && (kind == Kind.COUNT || kind == Kind.PERCENT)) {
            return Outcome.DONE;
        }
        return Outcome.MET;
    }

    private Claim claim() {
        double r = rng.nextDouble();
        if (r < 0.04) {
            return Claim.OVER;
        }
        if (r < 0.05) {
            return Claim.UNDER;
        }
        return r < 0.07 ? Claim.NONE : Claim.HONEST;
    }

    /** {target, deduction or null, actual}. */
    private String[] value(Vocabulary.Row t, Outcome o, BigDecimal budget, BigDecimal spent) {
        return switch (t.kind()) {
            case COUNT -> count(t, o);
            case PERCENT -> percent(t, o);
            case GROWTH -> growth(t, o);
            case TIME_MAX -> timeMax(t, o);
            case HOURS_EQ -> hoursEq(o);
            case COST -> cost(o, budget, spent);
            case RANGE -> range(t, o);
            case YEARS -> years(t, o);
            case QUALITATIVE -> qualitative(t, o);
            case SATISFACTION -> satisfaction(t, o);
            case RATING -> rating(o);
        };
    }

    private String[] count(Vocabulary.Row t, Outcome o) {
        long n = nice(between(t.low(), t.high()));
        String u = t.unit();
        String number = n >= 10000 && n % 1000 == 0 && chance(0.5) ? wan(n) : chance(0.05) ? fullWidth(n) : Long.toString(n);
        String target = comparator(number + u, "不少于");
        String deduction = null;
        double d = rng.nextDouble();
        if (d < 0.3) {
            deduction = "每减少" + Math.max(1, nice(n / 100)) + u + "，扣减数量分值的" + pick(List.of(1, 2, 5)) + "%";
        } else if (d < 0.4) {
            deduction = "按规定执行得满分，否则不得分";
        }
        String actual = switch (o) {
            case NA -> "不适用";
            case DONE -> "完成";
            default -> {
                long a = switch (o) {
                    case OVER -> (long) Math.ceil(n * uniform(1.35, 2.0));
                    case SHORT -> Math.min(n - 1, (long) Math.floor(n * uniform(0.9, 0.995)));
                    case FAR -> (long) Math.floor(n * uniform(0.4, 0.85));
                    default -> (long) Math.ceil(n * uniform(1.0, 1.2));
                };
                yield countText(Math.max(0, a), u);
            }
        };
        return new String[] {target, deduction, actual};
    }

    private String countText(long a, String unit) {
        double r = rng.nextDouble();
        if (r < 0.7) {
            return a + unit;
        }
        if (r < 0.8) {
            return fullWidth(a) + unit;
        }
        if (r < 0.9 && a >= 10000) {
            return wan(a) + unit;
        }
        return Long.toString(a);
    }

    private String[] percent(Vocabulary.Row t, Outcome o) {
        int p = between(t.low(), t.high());
        if (p > 95 && chance(0.5)) {
            p = 100;
        }
        String target;
        if (p == 100) {
            target = pick(List.of("≥0100%", "100％", "１００％", "≥100%", "100%"));
        } else {
            double r = rng.nextDouble();
            target = r < 0.6 ? "≥" + p + "%" : r < 0.7 ? p + "%" : r < 0.8 ? "≥" + p + "％" : r < 0.9 ? "不低于" + p + "%"
                    : p + "%以上";
        }
        String deduction = null;
        double d = rng.nextDouble();
        if (d < 0.25) {
            deduction = "每减少1%，减数量分值的10%";
        } else if (d < 0.35) {
            deduction = "达到指标目标值得满分，每下降1%，扣权重分值的2.5%，低于60%不得分";
        }
        String actual = switch (o) {
            case NA -> "不适用";
            case DONE -> "完成";
            case SHORT -> percentText(dec(p - uniform(0.5, 4.0), 1));
            case FAR -> percentText(dec(p * uniform(0.5, 0.85), 1));
            default -> percentText(dec(Math.min(100, p + uniform(0, Math.min(5, 100 - p))), 1));
        };
        return new String[] {target, deduction, actual};
    }

    private String percentText(BigDecimal v) {
        double r = rng.nextDouble();
        String s = v.toPlainString();
        if (r < 0.85) {
            return s + "%";
        }
        if (r < 0.9) {
            return s + "％";
        }
        if (r < 0.95 && v.scale() <= 0) {
            return fullWidth(v.longValue()) + "％";
        }
        return s;
    }

    private String[] growth(Vocabulary.Row t, Outcome o) {
        int p = between(t.low(), t.high());
        String target = "≥" + p + "%";
        String actual = switch (o) {
            case NA -> "不适用";
            case OVER -> dec(p * uniform(1.4, 2.2), 1) + "%";
            case SHORT -> dec(p * uniform(0.85, 0.97), 1) + "%";
            case FAR -> dec(p * uniform(0.3, 0.7), 1) + "%";
            default -> dec(p * uniform(1.0, 1.25), 1) + "%";
        };
        return new String[] {target, null, actual};
    }

    private String[] timeMax(Vocabulary.Row t, Outcome o) {
        boolean minutes = "分钟".equals(t.unit());
        int v = between(t.low(), t.high());
        if (minutes) {
            v = Math.max(5, v / 5 * 5);
        }
        String u = t.unit();
        double r = rng.nextDouble();
        String target = r < 0.6 ? "≤" + v + u : r < 0.75 ? "不超过" + v + u : r < 0.9 ? v + u + "以内" : "<=" + v + u;
        String deduction = null;
        double d = rng.nextDouble();
        if (d < 0.3) {
            deduction = "每增加1%，减数量分值的10%";
        } else if (d < 0.4 && !minutes) {
            deduction = "每增加1小时，减数量分值的10%";
        }
        String actual;
        if (o == Outcome.NA) {
            actual = "不适用";
        } else {
            double f = switch (o) {
                case OVER -> uniform(0.3, 0.6);
                case SHORT -> uniform(1.05, 1.15);
                case FAR -> uniform(1.3, 2.0);
                default -> uniform(0.72, 1.0);
            };
            boolean late = o == Outcome.SHORT || o == Outcome.FAR;
            if (minutes) {
                long a = late ? Math.max(v + 1, (long) Math.ceil(v * f)) : Math.max(1, (long) Math.floor(v * f));
                actual = chance(0.2) && a % 6 == 0 ? dec(a / 60.0, 1) + "小时" : a + "分钟";
            } else {
                BigDecimal a = dec(v * f, 1);
                if (late && a.compareTo(BigDecimal.valueOf(v)) <= 0) {
                    a = BigDecimal.valueOf(v + 1);
                }
                actual = chance(0.2) ? a.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().toPlainString() + "分钟"
                        : a.toPlainString() + "小时";
            }
        }
        return new String[] {target, deduction, actual};
    }

    private String[] hoursEq(Outcome o) {
        String actual = switch (o) {
            case NA -> "不适用";
            case SHORT -> "23小时";
            case FAR -> between(16, 21) + "小时";
            default -> chance(0.1) ? "1天" : "24小时";
        };
        return new String[] {"=24小时", "每减少1小时，减数量分值的10%", actual};
    }

    private String[] cost(Outcome o, BigDecimal budget, BigDecimal spent) {
        BigDecimal c = budget.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = c.toPlainString() + "万元";
        double r = rng.nextDouble();
        String target = r < 0.7 ? "≤" + plain : r < 0.85 ? plain : "不超过" + plain;
        String deduction = chance(0.4) ? "按规定执行得满分，否则不得分" : null;
        String actual;
        if (o == Outcome.NA) {
            actual = "不适用";
        } else {
            BigDecimal s = spent.setScale(2, RoundingMode.HALF_UP);
            actual = chance(0.2) ? s.movePointRight(4).setScale(0, RoundingMode.HALF_UP).toPlainString() + "元"
                    : s.stripTrailingZeros().toPlainString() + "万元";
        }
        return new String[] {target, deduction, actual};
    }

    private String[] range(Vocabulary.Row t, Outcome o) {
        int a = between(t.low(), t.low() + 5);
        int b = between(t.high() - 5, t.high());
        String target = pick(List.of(a + "%~" + b + "%", a + "–" + b + "%", a + "-" + b + "%"));
        String actual = switch (o) {
            case NA -> "不适用";
            case SHORT -> dec(a - uniform(1, 5), 1) + "%";
            case OVER -> dec(Math.min(100, b + uniform(1, 4)), 1) + "%";
            case FAR -> dec(a * uniform(0.6, 0.8), 1) + "%";
            default -> dec(uniform(a, b), 1) + "%";
        };
        return new String[] {target, null, actual};
    }

    private String[] years(Vocabulary.Row t, Outcome o) {
        int n = between(t.low(), t.high());
        String actual = switch (o) {
            case NA -> "不适用";
            case OVER -> (n + 2) + "年";
            case SHORT, FAR -> (n - 1) + "年";
            default -> chance(0.2) ? (n * 365) + "天" : n + "年";
        };
        return new String[] {"≥" + n + "年", null, actual};
    }

    private String[] qualitative(Vocabulary.Row t, Outcome o) {
        boolean empty = chance(0.01);
        String target = empty ? "" : t.text();
        String deduction = chance(0.1) ? "达标得满分，不达标不得分" : null;
        String actual = switch (o) {
            case NA -> "不适用";
            case SHORT -> pick(List.of("部分达成", "良", "部分达成 " + between(65, 79) + "%", "部分达成年度指标并具有一定效果"));
            case FAR -> pick(List.of("未达成", "中", "未完成预期指标且效果较差"));
            default -> {
                double r = rng.nextDouble();
                yield r < 0.5 ? "达成" : r < 0.75 ? "优" : r < 0.85 && !empty ? target : r < 0.95 ? "达成年度指标"
                        : "达成 " + between(85, 100) + "%";
            }
        };
        return new String[] {target, deduction, actual};
    }

    private String[] satisfaction(Vocabulary.Row t, Outcome o) {
        int p = Math.max(t.low(), Math.min(t.high(), Math.round(between(t.low(), t.high()) / 5f) * 5));
        double r = rng.nextDouble();
        String target = r < 0.7 ? "≥" + p + "%" : r < 0.85 ? p + "%以上" : "不低于" + p + "%";
        String actual = switch (o) {
            case NA -> "不适用";
            case SHORT -> percentText(dec(p - uniform(0.5, 3), 1));
            case FAR -> percentText(dec(p * uniform(0.7, 0.9), 1));
            default -> percentText(dec(Math.min(100, p + uniform(0, Math.min(8, 100 - p))), 1));
        };
        return new String[] {target, null, actual};
    }

    private String[] rating(Outcome o) {
        String actual = switch (o) {
            case NA -> "不适用";
            case SHORT -> "良";
            case FAR -> "中";
            default -> "优";
        };
        return new String[] {"优.良.中.差", null, actual};
    }

    // ---- small helpers ------------------------------------------------------------------------

    /** A comparator in one of the spellings of the seeds; sometimes none at all (scored as ≥ with a note). */
    private String comparator(String body, String words) {
        double r = rng.nextDouble();
        if (r < 0.6) {
            return "≥" + body;
        }
        if (r < 0.65) {
            return ">=" + body;
        }
        if (r < 0.75) {
            return words + body;
        }
        return r < 0.82 ? body + "以上" : body;
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    int between(int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** A round target: 12345 → 12300, 1234 → 1230. */
    static long nice(long n) {
        if (n >= 10000) {
            return n / 1000 * 1000;
        }
        if (n >= 1000) {
            return n / 100 * 100;
        }
        return n >= 100 ? n / 10 * 10 : Math.max(1, n);
    }

    static BigDecimal dec(double v, int scale) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** 25000 → "2.5万". */
    static String wan(long n) {
        BigDecimal w = BigDecimal.valueOf(n).movePointLeft(4).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString() + "万";
    }

    /** 96 → "９６". */
    static String fullWidth(long n) {
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            b.append((char) ('０' + (c - '0')));
        }
        return b.toString();
    }
}
