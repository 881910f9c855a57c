package io.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands between one target table and the previous one: titles ("1、网络安全监测项目经费绩效目标表",
 * "（四）部门整体支出绩效指标") and labelled cells of project forms (项目名称, 项目编码, 预算数 / 项目金额 /
 * 资金总额, 绩效目标, 资金支出计划, 部门名称). The next target table takes its name, kind and facts from here.
 */
final class TableContext {

    /** A labelled value (or a title, labelled "title") and its line. */
    record Field(String label, String text, int line) {
    }

    private static final int TITLE_MAX = 60;
    private static final Pattern TABLE_TITLE = Pattern.compile("绩效目标表|绩效指标表|绩效指标$|部门整体|整体支出");
    private static final Pattern PROJECT_TITLE = Pattern.compile(
            "^(?:[\\d一二三四五六七八九十]+[、.．)）]\\s*)?(.+?)绩效(?:目标|指标)表$");
    private static final Pattern INLINE = Pattern.compile("^(资金总额|预算数|项目金额|部门名称|项目名称)[:：](.+)$");

    private static final List<String> NAME_LABELS = List.of("项目名称", "支出方向(子项)", "子项名称");
    private static final List<String> CODE_LABELS = List.of("项目编码", "项目代码");
    private static final List<String> BUDGET_LABELS = List.of("预算数", "项目金额", "资金总额", "年度预算数", "项目预算数");
    private static final List<String> GOAL_LABELS = List.of("绩效目标", "实施期绩效目标", "年度绩效目标", "年度目标");
    private static final List<String> DEPARTMENT_LABELS = List.of("部门名称", "单位名称");
    private static final List<String> ALL_LABELS = all();

    private final List<Field> titles = new ArrayList<>();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Field> goals = new LinkedHashMap<>();
    private final Map<String, String> plan = new LinkedHashMap<>();

    private static List<String> all() {
        List<String> l = new ArrayList<>();
        for (List<String> g : List.of(NAME_LABELS, CODE_LABELS, BUDGET_LABELS, GOAL_LABELS, DEPARTMENT_LABELS)) {
            l.addAll(g);
        }
        l.addAll(List.of("所属专项名称", "项目实施期", "金额", "单位性质", "其中:财政资金", "其他资金"));
        return l;
    }

    void paragraph(Para p) {
        title(p.text(), p.line());
    }

    void row(Row row, Row next) {
        List<Cell> filled = row.cells().stream().filter(c -> !c.blank()).toList();
        if (filled.size() == 1) {
            title(filled.get(0).text(), filled.get(0).line());
        }
        for (int i = 0; i < row.size(); i++) {
            String k = Texts.key(row.text(i));
            Matcher inline = INLINE.matcher(k);
            if (inline.matches()) {
                put(inline.group(1), new Field(inline.group(1), inlineValue(row.text(i)), row.cells().get(i).line()));
                continue;
            }
            if (k.startsWith("资金支出计划") && next != null) {
                plan(row, next, i);
                continue;
            }
            if (!ALL_LABELS.contains(k)) {
                continue;
            }
            nextValue(row, i).ifPresent(c -> put(k, new Field(k, c.text().strip(), c.line())));
        }
    }

    private static String inlineValue(String cell) {
        String s = cell.strip();
        int colon = Math.max(s.indexOf('：'), s.indexOf(':'));
        return s.substring(colon + 1).strip();
    }

    /** The next non-blank cell to the right, unless it is itself a label. */
    private static Optional<Cell> nextValue(Row row, int i) {
        for (int j = i + 1; j < row.size(); j++) {
            Cell c = row.cells().get(j);
            if (c.blank()) {
                continue;
            }
            return ALL_LABELS.contains(Texts.key(c.text())) ? Optional.empty() : Optional.of(c);
        }
        return Optional.empty();
    }

    private void put(String label, Field f) {
        if (GOAL_LABELS.contains(label)) {
            goals.put(label, f);
        } else {
            fields.put(label, f);
        }
    }

    private void plan(Row head, Row values, int labelIndex) {
        plan.clear();
        for (int i = labelIndex + 1; i < head.size(); i++) {
            String period = Texts.key(head.text(i));
            String value = Texts.key(values.text(i));
            if (!period.isEmpty() && !value.isEmpty()) {
                plan.put(period, value);
            }
        }
    }

    private void title(String text, int line) {
        String t = Texts.joined(text).strip();
        if (!t.isEmpty() && t.length() <= TITLE_MAX) {
            titles.add(new Field("title", t, line));
        }
    }

    /** The last title that names a target table, if any. */
    Optional<Field> tableTitle() {
        for (int i = titles.size() - 1; i >= 0; i--) {
            if (TABLE_TITLE.matcher(titles.get(i).text()).find()) {
                return Optional.of(titles.get(i));
            }
        }
        return Optional.empty();
    }

    boolean overallTitle() {
        return labelledName().isEmpty() && tableTitle().map(t -> t.text().contains("部门整体") || t.text().contains("整体支出"))
                .orElse(false);
    }

    /** The project name: a 项目名称 cell, else the title "…绩效目标表" without its number. */
    Optional<Field> name() {
        Optional<Field> labelled = labelledName();
        if (labelled.isPresent()) {
            return labelled;
        }
        return tableTitle().flatMap(t -> {
            Matcher m = PROJECT_TITLE.matcher(t.text());
            return m.matches() ? Optional.of(new Field("title", m.group(1).strip(), t.line())) : Optional.empty();
        });
    }

    private Optional<Field> labelledName() {
        return NAME_LABELS.stream().filter(fields::containsKey).map(fields::get).findFirst();
    }

    Optional<Field> code() {
        return CODE_LABELS.stream().filter(fields::containsKey).map(fields::get).findFirst();
    }

    Optional<Field> budget() {
        return BUDGET_LABELS.stream().filter(fields::containsKey).map(fields::get)
                .filter(f -> Texts.money(f.text()).isPresent()).findFirst();
    }

    Optional<Field> department() {
        return DEPARTMENT_LABELS.stream().filter(fields::containsKey).map(fields::get).findFirst();
    }

    /** The goals, numbering ("1、", "2.") dropped, one per line or numbered item. */
    List<String> goals() {
        List<String> all = new ArrayList<>();
        for (Field f : goals.values()) {
            for (String line : f.text().split("\n")) {
                List<String> items = CellSplitter.numbered(line);
                if (items.size() >= 2) {
                    all.addAll(items);
                } else if (!line.isBlank()) {
                    all.add(Texts.unnumbered(line.strip()));
                }
            }
        }
        return all;
    }

    Map<String, String> spendingPlan() {
        return plan;
    }

    void reset() {
        titles.clear();
        fields.clear();
        goals.clear();
        plan.clear();
    }
}
