package io.jixiao.load;

import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Whether a YAML file is a targets file or an actuals file, recognised by its content. */
public enum FileKind {
    TARGETS, ACTUALS, UNKNOWN;

    private static final Set<String> TARGET_KEYS = Set.of("indicators", "指标");
    private static final Set<String> ACTUAL_KEYS = Set.of("actuals", "实际完成值", "spent", "全年执行数", "执行数");

    public static FileKind of(YNode root) {
        if (!(root instanceof YMap top)) {
            return UNKNOWN;
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
