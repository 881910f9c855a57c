package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.ValueParser;
import io.jixiao.value.WanYuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of YNode values; a wrong type becomes a located finding and an empty result. */
final class Nodes {


    private final List<Finding> out;

    Nodes(List<Finding> out) {
        this.out = out;
    }

    Optional<YMap> map(Entry e) {
        if (e.value() instanceof YMap m) {
            return Optional.of(m);
        }
        out.add(LoadProblems.wrongType(e.value().at(), e.key(), LoadTexts.text("expected.mapping"), e.value().kind()));
        return Optional.empty();
    }

    /** @param what the key in io/jixiao/load/texts.properties of what the item is, e.g. {@code where.project} */
    Optional<YMap> mapItem(YNode n, String what) {
        if (n instanceof YMap m) {
            return Optional.of(m);
        }
        out.add(LoadProblems.wrongType(n.at(), LoadTexts.text(what), LoadTexts.text("expected.mapping"), n.kind()));
        return Optional.empty();
    }

    List<YNode> list(Entry e) {
        if (e.value() instanceof YList l) {
            return l.items();
        }
        out.add(LoadProblems.wrongType(e.value().at(), e.key(), LoadTexts.text("expected.list"), e.value().kind()));
        return List.of();
    }

    /** Scalar text, stripped; empty for null. */
    Optional<String> text(Entry e) {
        if (e.value() instanceof YScalar s) {
            return Optional.of(s.isNull() ? "" : strip(s.text()));
        }
        out.add(LoadProblems.wrongType(e.value().at(), e.key(), LoadTexts.text("expected.single"), e.value().kind()));
        return Optional.empty();
    }

    /**
     * {@link String#strip()}, which looks up both ends' code points in the Unicode tables (for Chinese text, each time
     * the loaders read a key or value): a text that starts and ends with printable ASCII or a CJK ideograph — no
     * whitespace — is returned as it is without.
     */
    static String strip(String s) {
        int n = s.length();
        if (n > 0 && plainly(s.charAt(0)) && plainly(s.charAt(n - 1))) {
            return s;
        }
        return s.strip();
    }

    private static boolean plainly(char c) {
        return (c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF);
    }

    /** @param where what holds the key ({where} of KPI-0103), in words: e.g. {@code LoadTexts.text("where.table")} */
    Optional<String> required(Map<String, Entry> m, String key, Location at, String where) {
        Entry e = m.get(key);
        if (e == null) {
            if (!Shape.misspelt(m, key)) {
                out.add(LoadProblems.missingKey(at, key, where));
            }
            return Optional.empty();
        }
        Optional<String> t = text(e);
        if (t.isPresent() && t.get().isEmpty()) {
            out.add(LoadProblems.missingKey(e.value().at(), key, where));
            return Optional.empty();
        }
        return t;
    }

    Optional<String> optional(Map<String, Entry> m, String key) {
        Entry e = m.get(key);
        if (e == null) {
            return Optional.empty();
        }
        Optional<String> t = text(e);
        return t.isPresent() && t.get().isEmpty() ? Optional.empty() : t;
    }

    /**
     * A plain decimal number (分值, 得分): digits with an optional sign and decimals, no exponent (1e9999);
     * {@code example} in words, e.g. {@code LoadTexts.text("example.points")}.
     */
    Optional<BigDecimal> number(Map<String, Entry> m, String key, String example) {
        Optional<String> written = optional(m, key);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String t = written.get();
        String n = ValueParser.normalize(t);
        if (PLAIN_NUMBER.matcher(n).matches()) {
            return Optional.of(new BigDecimal(n));
        }
        out.add(LoadProblems.badNumber(m.get(key).value().at(), key, t, example));
        return Optional.empty();
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,10})?|[+-]?\\.\\d{1,10}");

    /** True when {@code n} is 0 or more; else KPI-0116 saying it cannot be negative, at the entry's value. */
    boolean notNegative(BigDecimal n, Entry e, String example) {
        if (n.signum() >= 0) {
            return true;
        }
        out.add(LoadProblems.negativeNumber(e.value().at(), e.key(), n.toPlainString(), example));
        return false;
    }

    /**
     * An amount of money in 万元: a bare number is 万元; "2592500元" or "25.9亿元" convert. A budget or 全年执行数 is
     * never negative (KPI-0116).
     */
    Optional<BigDecimal> money(Map<String, Entry> m, String key) {
        Optional<String> written = optional(m, key);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> wan = WanYuan.wanYuan(written.get());
        if (wan.isEmpty()) {
            out.add(LoadProblems.badNumber(m.get(key).value().at(), key, written.get(), LoadTexts.text("example.money")));
            return wan;
        }
        return notNegative(wan.get(), m.get(key), LoadTexts.text("example.moneyNotNegative")) ? wan : Optional.empty();
    }

    List<String> strings(Entry e) {
        if (e.value() instanceof YScalar s) {
            return s.isNull() ? List.of() : List.of(s.text().strip());
        }
        List<String> all = new ArrayList<>();
        for (YNode n : list(e)) {
            if (n instanceof YScalar s && !s.isNull()) {
                all.add(strip(s.text()));
            } else if (!(n instanceof YScalar)) {
                out.add(LoadProblems.wrongType(n.at(), e.key(), LoadTexts.text("expected.texts"), n.kind()));
            }
        }
        return all;
    }

    Map<String, Entry> scalars(Entry e) {
        Map<String, Entry> all = new LinkedHashMap<>();
        Optional<YMap> map = map(e);
        if (map.isEmpty()) {
            return all;
        }
        Map<String, Entry> normalised = new java.util.HashMap<>();
        for (Entry v : map.get().entries().values()) {
            String k = v.key();
            if (v.value() instanceof YScalar) {
                // (个/套) and （个/套） name the same indicator: a second spelling is a duplicate, not a silent win
                Entry first = normalised.putIfAbsent(ValueParser.normalize(k), v);
                if (first != null) {
                    out.add(LoadProblems.duplicateKey(v.keyAt(), k.strip(), first.keyAt()));
                } else {
                    all.put(strip(k), v);
                }
            } else {
                out.add(LoadProblems.wrongType(v.value().at(), k, LoadTexts.text("expected.single"), v.value().kind()));
            }
        }
        return all;
    }
}
