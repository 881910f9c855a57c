package io.jixiao.importer;

import java.util.List;
import java.util.Optional;

/** The columns of a performance-target table that the importer reads, with the header names it knows. */
enum Column {
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    NAME("三级指标", "指标名称"),
    DESCRIPTION("绩效指标描述", "指标描述", "指标解释", "指标内容"),
    TARGET("指标值", "指标值及单位", "年度指标值", "目标值", "指标值(含单位)"),
    DEDUCTION("评(扣)分标准", "评分标准", "扣分标准", "评(扣)分规则", "评分细则"),
    POINTS("分值", "指标分值", "权重"),
    /** 指标值确定依据; the 附表 layout's 绩效标准 (计划/行业/历史/其他标准) means the same thing. */
    BASIS("指标值确定依据", "绩效标准", "确定依据"),
    /** The split 指标值 columns of some layouts: 符号 | 值 | 单位. */
    SIGN("符号"),
    VALUE("值"),
    UNIT("单位");

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The column a header cell names (compared as {@link Texts#key}). */
    static Optional<Column> of(String header) {
        String k = Texts.key(header);
        for (Column c : values()) {
            if (c.names.contains(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
