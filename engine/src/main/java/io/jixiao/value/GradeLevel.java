package io.jixiao.value;

import java.util.List;

/**
 * A qualitative grade. The achievement levels (达成/部分达成/未达成) take an optional percent inside a
 * band; the ratings (优/良/中/差) do not. Fractions and bands come from the scoring profile.
 */
public enum GradeLevel {
    ACHIEVED("达成", true, List.of("达成", "达成预期指标", "达成年度指标", "已达成", "全部达成")),
    PARTIAL("部分达成", true, List.of("部分达成", "部分达成预期指标并具有一定效果", "部分达成年度指标并具有一定效果")),
    NOT_ACHIEVED("未达成", true, List.of("未达成", "未完成预期指标且效果较差", "未达成年度指标且效果较差", "未完成")),
    EXCELLENT("优", false, List.of("优", "优秀", "好", "高")),
    GOOD("良", false, List.of("良", "良好", "较好", "较高")),
    FAIR("中", false, List.of("中", "一般", "中等", "合格")),
    POOR("差", false, List.of("差", "较差", "不合格"));

    private final String label;
    private final boolean achievement;
    private final List<String> spellings;

    GradeLevel(String label, boolean achievement, List<String> spellings) {
        this.label = label;
        this.achievement = achievement;
        this.spellings = spellings;
    }

    public String label() {
        return label;
    }

    /** True for 达成/部分达成/未达成, which accept an explicit percent. */
    public boolean achievement() {
        return achievement;
    }

    public List<String> spellings() {
        return spellings;
    }
}
