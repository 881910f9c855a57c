package io.jixiao.load;

import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a YAML file is a targets file, an actuals file or a progress file (绩效运行监控), recognised by its content: a
 * progress file by its month (监控截至月份) or a table's money spent to date, before the {@code indicators:} it shares
 * with targets.
 */
public enum FileKind {
    TARGETS, ACTUALS, PROGRESS, UNKNOWN;

    private static final Set<String> TARGET_KEYS = Set.of("indicators", "指标");
    private static final Set<String> ACTUAL_KEYS = Set.of("actuals", "实际完成值", "spent", "全年执行数", "执行数");
    private static final Set<String> PROGRESS_TOP_KEYS = Set.of("month", "月份", "监控月份", "截至月份", "监控截至月份");
    private static final Set<String> PROGRESS_TABLE_KEYS = Set.of("spentToDate", "累计支出", "截至执行数", "累计执行数",
            "1-N月执行数");

    public static FileKind of(YNode root) {
        if (!(root instanceof YMap top)) {
            return UNKNOWN;
        }
        if (top.entries().keySet().stream().anyMatch(PROGRESS_TOP_KEYS::contains)) {
            return PROGRESS;
        }
        List<YMap> tables = new ArrayList<>();
        top.entries().values().forEach(e -> {
            if (e.value() instanceof YMap m) {
                tables.add(m);
            } else if (e.value() instanceof YList l) {
                l.items().stream().filter(YMap.class::isInstance).map(YMap.class::cast).forEach(tables::add);
            }
        });
        for (YMap t : tables) {
            if (t.entries().keySet().stream().anyMatch(PROGRESS_TABLE_KEYS::contains)) {
                return PROGRESS;
            }
            if (t.entries().keySet().stream().anyMatch(TARGET_KEYS::contains)) {
                return TARGETS;
            }
            if (t.entries().keySet().stream().anyMatch(ACTUAL_KEYS::contains)) {
                return ACTUALS;
            }
        }
        return UNKNOWN;
    }
}
