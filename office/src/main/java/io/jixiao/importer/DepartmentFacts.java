package io.jixiao.importer;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department's name, code and year from the headers of the budget tables ("410中共… | 预算年度：2023"),
 * else from a 部门名称 / 单位名称 cell and a "2020年部门预算…" title; its budget (收入总计 / 支出总计) and
 * 项目支出 total from the budget tables (部门预算收支总表, 支出总表), else from the narrative.
 */
final class DepartmentFacts {

    private static final Pattern BUDGET_YEAR = Pattern.compile("预算年度[:：]\\s*(\\d{4})");
    private static final Pattern CODE_NAME = Pattern.compile("^(\\d{2,})\\s*(\\D.*)$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|区级|市级|县级|单位|预算|项目)");
    private static final Pattern NARRATIVE_BUDGET = Pattern.compile(
            "(?:预算收入|支出预算为?|预算收支安排)\\s*(\\d+(?:\\.\\d+)?)\\s*万元");
    private static final Pattern NARRATIVE_PROJECTS = Pattern.compile("项目支出\\s*(\\d+(?:\\.\\d+)?)\\s*万元");
    private static final List<String> SUFFIXES = List.of("本级", "(本级)", "（本级）");

    String department;
    String departmentSource;
    String code;
    Integer year;
    String yearSource;
    Amount budget;
    Amount projectBudget;

    private final String file;
    private final List<Finding> findings;

    private DepartmentFacts(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    static DepartmentFacts scan(SourceDoc doc, List<Finding> findings) {
        DepartmentFacts f = new DepartmentFacts(doc.file(), findings);
        f.headers(doc);
        f.budgets(doc);
        return f;
    }

    // ---- name, code, year --------------------------------------------------------------------

    private void headers(SourceDoc doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Table t) {
                for (Row row : t.rows()) {
                    budgetHeader(row);
                }
            }
        }
        if (department == null) {
            labelledName(doc);
        }
        if (year == null) {
            titleYear(doc);
        }
    }

    /** A row such as "410中共廊坊市广阳区委… | 预算年度：2023 | 单位：万元". */
    private void budgetHeader(Row row) {
        if (year != null && department != null) {
            return;
        }
        Integer y = null;
        String source = null;
        for (int i = 0; i < row.size() && y == null; i++) {
            Matcher m = BUDGET_YEAR.matcher(row.text(i));
            if (m.find()) {
                y = Integer.valueOf(m.group(1));
                source = ImportTexts.text("source.atLine", "label", "预算年度", "line", row.cells().get(i).line());
            }
        }
        if (y == null) {
            return;
        }
        if (year == null) {
            year = y;
            yearSource = source;
        }
        for (int i = 0; i < row.size() && department == null; i++) {
            Matcher m = CODE_NAME.matcher(Texts.joined(row.text(i)));
            if (m.matches() && !m.group(2).startsWith("年")) {
                code = m.group(1);
                department = m.group(2).strip();
                departmentSource = ImportTexts.text("source.header", "line", row.cells().get(i).line());
            }
        }
    }

    /** 部门名称 | name, or a 单位名称 column whose first filled cell below is the department. */
    private void labelledName(SourceDoc doc) {
        for (Block b : doc.blocks()) {
            if (!(b instanceof Table t)) {
                continue;
            }
            List<Row> rows = t.rows();
            for (int r = 0; r < rows.size() && department == null; r++) {
                Row row = rows.get(r);
                for (int i = 0; i < row.size() && department == null; i++) {
                    String k = Texts.key(row.text(i));
                    if (k.equals("部门名称") || k.equals("单位名称")) {
                        Cell beside = i + 1 < row.size() ? row.cells().get(i + 1) : null;
                        if (k.equals("部门名称") && beside != null && !beside.blank()) {
                            name(beside, "部门名称");
                        } else if (k.equals("单位名称")) {
                            below(rows, r, i).ifPresent(c -> name(c, "单位名称"));
                        }
                    }
                }
            }
        }
    }

    private static Optional<Cell> below(List<Row> rows, int r, int column) {
        for (int j = r + 1; j < rows.size(); j++) {
            Row row = rows.get(j);
            if (column < row.size() && !row.cells().get(column).blank()) {
                return Optional.of(row.cells().get(column));
            }
        }
        return Optional.empty();
    }

    private void name(Cell c, String label) {
        String n = Texts.joined(c.text());
        for (String s : SUFFIXES) {
            if (n.endsWith(s) && n.length() > s.length()) {
                n = n.substring(0, n.length() - s.length());
            }
        }
        department = n;
        departmentSource = ImportTexts.text("source.atLine", "label", label, "line", c.line());
    }

    private void titleYear(SourceDoc doc) {
        for (Block b : doc.blocks()) {
            List<Cell> texts = new ArrayList<>();
            if (b instanceof Para p) {
                texts.add(new Cell(p.text(), p.line()));
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> texts.addAll(r.cells()));
            }
            for (Cell c : texts) {
                Matcher m = TITLE_YEAR.matcher(c.text());
                if (m.find()) {
                    year = Integer.valueOf(m.group(1));
                    yearSource = ImportTexts.text("source.documentTitle", "text", m.group(), "line", c.line());
                    return;
                }
            }
        }
    }

    // ---- budget and 项目支出 ------------------------------------------------------------------

    private void budgets(SourceDoc doc) {
        Amount income = null;
        Amount spending = null;
        for (Block b : doc.blocks()) {
            if (!(b instanceof Table t)) {
                continue;
            }
            for (Row row : t.rows()) {
                income = income != null ? income : labelled(row, "收入总计");
                spending = spending != null ? spending : labelled(row, "支出总计");
            }
            if (projectBudget == null) {
                projectBudget = projectColumn(t);
            }
        }
        if (income != null && spending != null && income.value().compareTo(spending.value()) != 0) {
            findings.add(ImportProblems.importBudgetsDisagree(at(spending.line()),
                    ImportTexts.text("what.departmentBudget"),
                    ImportTexts.text("disagree.income", "amount", income.text(), "line", income.line()),
                    ImportTexts.text("disagree.spending", "amount", spending.text(), "line", spending.line())));
        }
        budget = spending != null ? spending : income;
        if (budget != null && income != null && spending != null && income.value().compareTo(spending.value()) == 0) {
            budget = new Amount(spending.value(), ImportTexts.text("source.incomeIsSpending"), spending.line());
        }
        if (projectBudget == null) {
            projectBudget = labelledAnywhere(doc, "项目支出");
        }
        narrative(doc);
    }

    /** "收入总计 | 259.25": the amount in the next filled cell. */
    private static Amount labelled(Row row, String label) {
        for (int i = 0; i < row.size(); i++) {
            if (Texts.key(row.text(i)).equals(label)) {
                for (int j = i + 1; j < row.size(); j++) {
                    if (!row.cells().get(j).blank()) {
                        int line = row.cells().get(j).line();
                        Optional<BigDecimal> v = Texts.money(row.text(j));
                        return v.map(a -> new Amount(a, label, line)).orElse(null);
                    }
                }
            }
        }
        return null;
    }

    private static Amount labelledAnywhere(SourceDoc doc, String label) {
        for (Block b : doc.blocks()) {
            if (b instanceof Table t) {
                for (Row row : t.rows()) {
                    Amount a = labelled(row, label);
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The 项目支出 column of the 合计 row in a table headed "… 合计 | 基本支出 | 项目支出 …" (支出总表): the
     * header's offset from 合计 to 项目支出, counted from the 合计 label of the row.
     */
    private static Amount projectColumn(Table t) {
        int hc = -1;
        int hp = -1;
        for (Row row : t.rows()) {
            if (hp < 0) {
                for (int i = 0; i < row.size(); i++) {
                    String k = Texts.key(row.text(i));
                    if (k.equals("合计") && hc < 0) {
                        hc = i;
                    } else if (k.equals("项目支出") && hc >= 0) {
                        hp = i;
                    }
                }
                if (hp < 0) {
                    hc = -1;
                }
                continue;
            }
            for (int i = 0; i < row.size(); i++) {
                if (Texts.key(row.text(i)).equals("合计")) {
                    int at = i + 1 + (hp - hc);
                    Optional<BigDecimal> v = Texts.money(row.text(at));
                    if (v.isPresent()) {
                        return new Amount(v.get(), ImportTexts.text("source.totalRow"), row.cells().get(at).line());
                    }
                }
            }
        }
        return null;
    }

    /** "2020年预算收入340.77万元", "项目支出183.65万元": used when no table gives them; checked when one does. */
    private void narrative(SourceDoc doc) {
        Amount nb = null;
        Amount np = null;
        for (Block b : doc.blocks()) {
            if (!(b instanceof Para p)) {
                continue;
            }
            Matcher m = NARRATIVE_BUDGET.matcher(p.text());
            if (nb == null && m.find()) {
                nb = new Amount(new BigDecimal(m.group(1)), ImportTexts.text("source.narrative", "text", m.group()),
                        p.line());
            }
            Matcher q = NARRATIVE_PROJECTS.matcher(p.text());
            if (np == null && q.find()) {
                np = new Amount(new BigDecimal(q.group(1)), ImportTexts.text("source.narrative", "text", q.group()),
                        p.line());
            }
        }
        budget = check(budget, nb, ImportTexts.text("what.departmentBudget"));
        projectBudget = check(projectBudget, np, ImportTexts.text("what.projectTotal"));
    }

    private Amount check(Amount table, Amount narrative, String what) {
        if (table == null) {
            return narrative;
        }
        if (narrative != null && table.value().compareTo(narrative.value()) != 0) {
            findings.add(ImportProblems.importBudgetsDisagree(at(narrative.line()), what,
                    ImportTexts.text("disagree.tables", "amount", table.text(), "line", table.line()),
                    ImportTexts.text("disagree.narrative", "source", narrative.source(), "line", narrative.line(),
                            "amount", narrative.text())));
        }
        return table;
    }

    private Location at(int line) {
        return new Location(file, line, 1);
    }
}
