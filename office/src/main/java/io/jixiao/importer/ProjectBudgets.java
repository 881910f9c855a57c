package io.jixiao.importer;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Budgets of projects whose tables give none: from the narrative ("主要为网络宣传管理33万元，…"), matched to
 * project names by their longest common subsequence (the narrative abbreviates: 网络专业培训 for
 * 互联网专业培训); else from the project's single 成本指标 ("≤20万元"). Each is reported as a finding.
 */
final class ProjectBudgets {

    private static final Pattern ITEM = Pattern.compile("^(.*?)(\\d+(?:\\.\\d+)?)\\s*万元$");
    private static final Pattern LEAD = Pattern.compile("^(?:主要为|主要是|主要用于|用于|其中[:：]?|包括|含)");
    private static final Pattern COST = Pattern.compile("^(?:≤|<=|不超过|不高于)?\\s*(\\d+(?:\\.\\d+)?)\\s*万元?$");
    private static final double MIN_SIMILARITY = 0.6;

    private record Item(String name, BigDecimal amount, String text, int line) {
    }

    private record Pair(int project, int item, double similarity) {
    }

    private ProjectBudgets() {
    }

    static List<ImportedTable> fill(SourceDoc doc, List<ImportedTable> projects, List<Finding> findings) {
        List<ImportedTable> out = new ArrayList<>(projects);
        fromNarrative(doc, out, findings);
        fromCost(out, findings, doc.file());
        return out;
    }

    private static void fromNarrative(SourceDoc doc, List<ImportedTable> tables, List<Finding> findings) {
        List<Item> items = items(doc);
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < tables.size(); p++) {
            if (tables.get(p).budget() != null) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                double s = similarity(tables.get(p).name(), items.get(i).name());
                if (s >= MIN_SIMILARITY) {
                    pairs.add(new Pair(p, i, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        Set<Integer> doneProjects = new HashSet<>();
        Set<Integer> doneItems = new HashSet<>();
        for (Pair pair : pairs) {
            if (doneProjects.contains(pair.project()) || doneItems.contains(pair.item())) {
                continue;
            }
            doneProjects.add(pair.project());
            doneItems.add(pair.item());
            Item item = items.get(pair.item());
            ImportedTable t = tables.get(pair.project());
            String source = ImportTexts.text("source.narrativeItem", "text", item.text());
            tables.set(pair.project(), t.withBudget(new Amount(item.amount(), source, item.line())));
            findings.add(ImportProblems.importBudgetFound(new Location(doc.file(), item.line(), 1), t.name(),
                    item.amount().toPlainString(), source));
        }
    }

    /** "网络宣传管理33万元" pieces of the paragraphs that speak of 项目支出. */
    private static List<Item> items(SourceDoc doc) {
        List<Item> items = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!(b instanceof Para p) || !p.text().contains("项目支出")) {
                continue;
            }
            for (String piece : p.text().split("[，,；;。、]")) {
                Matcher m = ITEM.matcher(piece.strip());
                if (m.matches()) {
                    String name = LEAD.matcher(m.group(1).strip()).replaceFirst("").strip();
                    if (!name.isEmpty()) {
                        items.add(new Item(name, new BigDecimal(m.group(2)), piece.strip(), p.line()));
                    }
                }
            }
        }
        return items;
    }

    /** Longest common subsequence over the longer length: 1 for equal names. */
    static double similarity(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : (double) d[a.length()][b.length()] / longer;
    }

    private static void fromCost(List<ImportedTable> tables, List<Finding> findings, String file) {
        for (int p = 0; p < tables.size(); p++) {
            ImportedTable t = tables.get(p);
            if (t.budget() != null) {
                continue;
            }
            List<ImportedIndicator> costs = t.indicators().stream()
                    .filter(i -> i.level2() != null && i.level2().contains("成本"))
                    .filter(i -> COST.matcher(i.target().strip()).matches()).toList();
            if (costs.size() != 1) {
                continue;
            }
            ImportedIndicator c = costs.get(0);
            Matcher m = COST.matcher(c.target().strip());
            m.matches();
            String source = ImportTexts.text("source.costTarget", "target", c.target());
            tables.set(p, t.withBudget(new Amount(new BigDecimal(m.group(1)), source, c.line())));
            findings.add(ImportProblems.importBudgetFound(new Location(file, c.line(), 1), t.name(), m.group(1),
                    source));
        }
    }
}
