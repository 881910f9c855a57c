package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.YamlReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the importer: no row of a target table is silently dropped. (That every scalar it writes survives
 * YAML is a property of the one YAML quoter, io.jixiao.load.YamlTextProperties.)
 */
class ImportProperties {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> level1 = Arbitraries.of("产出指标", "效益指标", "满意度指标", "", "成本指标");
        Arbitrary<String> level2 = Arbitraries.of("数量指标", "质量指标", "", "社会效益指标");
        Arbitrary<String> name = Arbitraries.of("甲", "乙 丙", "1.甲，2.乙", "网络留言回复率达100%  上级舆情交办完成率100%",
                "", "甲", "多方面 高频次的推送");
        Arbitrary<String> target = Arbitraries.of("≥90%", "1次", "", "≥1期 2次", "1.≥1期 2.2次", "有效改善", "≥0100%",
                "优.良.中.差");
        Arbitrary<List<String>> row = Combinators.combine(level1, level2, name, target).as(List::of);
        return row.list().ofMinSize(1).ofMaxSize(12);
    }

    /**
     * Rows take 4 lines and a blank one; the title is line 1, the header lines 2-5, data row k lines 7+5k …
     * 10+5k. Every non-blank data row must be named in the YAML by one of its lines: as an indicator
     * ("# line N"), or as a row written as a comment ("! line N not imported"), and the YAML must parse.
     */
    @Property(tries = 300)
    void everyRowOfATargetTableReachesTheYaml(@ForAll("tables") List<List<String>> rows) {
        TextTables t = new TextTables().paragraph("部门整体支出绩效指标").row("一级指标", "二级指标", "三级指标", "指标值");
        rows.forEach(t::row);
        ImportResult r = DisclosureImporter.importDoc(TextExportReader.read("p.txt", t.toString()));
        YamlReader.parse("p.yaml", r.yaml());
        Set<Integer> named = new HashSet<>();
        Matcher m = LINE.matcher(r.yaml());
        while (m.find()) {
            named.add(Integer.valueOf(m.group(1)));
        }
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).stream().allMatch(String::isEmpty)) {
                continue;
            }
            int first = 7 + 5 * k;
            assertThat(named).as("row %d (lines %d-%d) %s in%n%s", k, first, first + 3, rows.get(k), r.yaml())
                    .containsAnyOf(first, first + 1, first + 2, first + 3);
        }
    }
}
