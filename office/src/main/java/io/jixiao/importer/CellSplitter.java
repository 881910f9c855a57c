package io.jixiao.importer;

import io.jixiao.value.ParsedValue;
import io.jixiao.value.Qualitative;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cells that hold several indicators (the 附表 layout of the shifeng seed): a numbered list
 * ("1.编写…，2.组织…，3.开展…" with "1.≥12期 2.1次 3.1次"), targets separated by spaces
 * ("≥1期 1次 2次" with three names separated by spaces), or names separated by wide gaps that share
 * one target ("网络留言回复率达100%　  上级舆情交办完成率100% …" with "100%").
 */
final class CellSplitter {

    private static final Pattern GAP = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern WIDE_GAP = Pattern.compile("\\u3000[\\s\\u3000]*|\\s{2,}");
    private static final String TRAILING = "[，,；;。、\\s\\u3000]+$";
    private static final int MIN_PART = 4;

    private CellSplitter() {
    }

    /** What {@link #split} found. */
    sealed interface Result permits One, Split, Mismatch {
    }

    /** The row holds one indicator. */
    record One() implements Result {
    }

    /** How a row's 三级指标 and 指标值 cells were split; {@code names.size() == targets.size()}. */
    record Split(List<String> names, List<String> targets, String how) implements Result {

        int size() {
            return names.size();
        }
    }

    /** The cells look like lists but their counts differ: the row is kept whole. */
    record Mismatch(int names, int targets) implements Result {
    }

    /** How many indicators the 三级指标 and 指标值 cells of one row hold. */
    static Result split(String name, String target) {
        List<String> names = numbered(name);
        if (names.size() >= 2) {
            List<String> targets = numbered(target);
            if (targets.size() < 2) {
                targets = values(target);
            }
            if (targets.size() == names.size()) {
                return new Split(names, targets, ImportTexts.text("split.numbered", "count", names.size()));
            }
            if (targets.size() <= 1) {
                return new Split(names, repeat(target.strip(), names.size()),
                        ImportTexts.text("split.numberedShared", "count", names.size(), "target", target.strip()));
            }
            return new Mismatch(names.size(), targets.size());
        }
        List<String> targets = values(target);
        if (targets.size() >= 2) {
            List<String> parts = parts(name, GAP);
            if (parts.size() == targets.size()) {
                return new Split(parts, targets, ImportTexts.text("split.spaces", "count", parts.size()));
            }
            return new Mismatch(Math.max(1, parts.size()), targets.size());
        }
        List<String> wide = parts(name, WIDE_GAP);
        if (wide.size() >= 2 && wide.stream().allMatch(p -> p.length() >= MIN_PART) && !target.isBlank()) {
            return new Split(wide, repeat(target.strip(), wide.size()),
                    ImportTexts.text("split.wideGaps", "count", wide.size(), "target", target.strip()));
        }
        return new One();
    }

    /** Items of a list numbered 1, 2, 3 … (at the start or after a space or a comma); empty unless 2 or more. */
    static List<String> numbered(String cell) {
        String s = cell.strip();
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        int from = 0;
        for (int k = 1; ; k++) {
            Matcher m = Pattern.compile("(?:^|(?<=[\\s\\u3000，,；;。]))" + k + "[.、．]").matcher(s);
            if (!m.find(from)) {
                break;
            }
            starts.add(m.start());
            bodies.add(m.end());
            from = m.end();
        }
        if (starts.size() < 2 || starts.get(0) != 0) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : s.length();
            items.add(s.substring(bodies.get(i), end).replaceAll(TRAILING, "").strip());
        }
        return items;
    }

    /** The parts of a target cell when each is a measurable value ("≥1期 1次 2次"); else one or none. */
    private static List<String> values(String cell) {
        List<String> parts = parts(cell, GAP);
        if (parts.size() < 2) {
            return parts;
        }
        for (String p : parts) {
            if (!measurable(p)) {
                return List.of(cell.strip());
            }
        }
        return parts;
    }

    private static boolean measurable(String s) {
        if (!s.matches(".*\\d.*")) {
            return false;
        }
        try {
            ParsedValue v = ValueParser.parse(s);
            return !(v.value() instanceof Qualitative);
        } catch (ValueParseException e) {
            return false;
        }
    }

    private static List<String> parts(String cell, Pattern separator) {
        List<String> parts = new ArrayList<>();
        for (String p : separator.split(cell.strip())) {
            String t = p.replaceAll(TRAILING, "").strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return parts;
    }

    private static List<String> repeat(String s, int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(s);
        }
        return l;
    }
}
