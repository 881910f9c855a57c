package io.jixiao.tools.generate;

import java.util.List;

/**
 * The words synthetic departments are made of: level-1 and level-2 names, indicator names and the kind
 * of value each takes, as they appear in the four seed disclosures and in county budget tables generally.
 * Every department is under the fictitious 示范市 so that no report can be mistaken for a real office's.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String CITY = "示范市";

    static final List<String> PLACE_FIRST = List.of("东", "西", "南", "北", "安", "宁", "平", "清", "永", "兴", "长",
            "新", "丰", "福", "泰", "和", "嘉", "金", "云", "青", "华", "广", "德", "明", "临", "宜", "兰", "桂", "松",
            "汉");
    static final List<String> PLACE_SECOND = List.of("山", "江", "河", "川", "城", "源", "溪", "林", "湖", "阳", "平",
            "安", "宁", "乐", "丰", "泉", "岭", "州", "台", "原", "水", "远", "化", "陵", "峰", "口", "浦", "门", "坪",
            "田");
    static final List<String> PLACE_KIND = List.of("县", "区");

    /** Offices: "%s" is the place (东山县); the 网信办 form follows the seeds. */
    static final List<String> OFFICES = List.of("中共%s委网络安全和信息化委员会办公室", "%s教育局", "%s卫生健康局",
            "%s农业农村局", "%s交通运输局", "%s文化和旅游局", "%s民政局", "%s市场监督管理局", "%s水利局", "%s自然资源局",
            "%s人力资源和社会保障局", "%s司法局", "%s应急管理局", "%s住房和城乡建设局", "%s科学技术局", "%s医疗保障局",
            "%s林业局", "%s统计局", "%s退役军人事务局", "%s档案馆");

    static final List<String> PROJECT_THEMES = List.of("网络安全监测", "政务网络平台运维", "宣传教育", "业务培训",
            "信息化建设", "应急演练", "基层服务站建设", "设备购置", "专项检查", "档案数字化", "公共服务提升",
            "数据共享平台", "安全生产巡查", "便民服务热线", "网络舆情监测与处置", "执法能力建设", "人员聘用",
            "办公场所维修", "课题研究", "志愿服务");
    static final List<String> PROJECT_SUFFIXES = List.of("项目经费", "专项经费", "工作经费", "项目");

    static final List<String> BASES = List.of("计划标准", "历史标准", "行业标准", "其他标准");

    /** How a row's target and actual are written. */
    enum Kind {
        /** ≥n 条/个/次 */
        COUNT,
        /** ≥p% */
        PERCENT,
        /** ≥p% on a small growth target (带动经济效益增长 ≥5%): over-achievement happens */
        GROWTH,
        /** ≤t 分钟/小时 */
        TIME_MAX,
        /** =24小时 with 每减少1小时 */
        HOURS_EQ,
        /** ≤c 万元 (成本指标): target the table's budget, actual what it spent */
        COST,
        /** a range 80%–95% */
        RANGE,
        /** ≥n年 */
        YEARS,
        /** qualitative text target, a grade as actual */
        QUALITATIVE,
        /** ≥p% 满意度 */
        SATISFACTION,
        /** 优.良.中.差 as the target (as in 栾城) */
        RATING
    }

    /** One row pattern: level-2 name (without the 指标 suffix), indicator name, kind, and its numbers. */
    record Row(String level2, String name, Kind kind, String unit, int low, int high, String text) {
    }

    static Row count(String l2, String name, String unit, int low, int high) {
        return new Row(l2, name, Kind.COUNT, unit, low, high, null);
    }

    static Row kind(String l2, String name, Kind kind, String unit, int low, int high) {
        return new Row(l2, name, kind, unit, low, high, null);
    }

    static Row text(String l2, String name, String target) {
        return new Row(l2, name, Kind.QUALITATIVE, "", 0, 0, target);
    }

    static final List<Row> OUTPUT = List.of(
            count("数量", "全年监测舆情信息数量", "条", 5000, 30000),
            count("数量", "报送信息数量", "条", 100, 2000),
            count("数量", "处置有害信息数量", "条", 200, 5000),
            count("数量", "开展培训次数", "次", 2, 20),
            count("数量", "开展宣传活动次数", "次", 2, 15),
            count("数量", "组织检查次数", "次", 4, 24),
            count("数量", "维护节点数量", "个", 20, 200),
            count("数量", "建设服务站点数量", "个", 5, 60),
            count("数量", "覆盖单位数量", "个", 10, 150),
            count("数量", "编印简报期数", "期", 4, 24),
            count("数量", "采购设备数量", "台", 5, 50),
            count("数量", "受理群众诉求数量", "件", 100, 3000),
            kind("质量", "设备完好率", Kind.PERCENT, "%", 90, 100),
            kind("质量", "验收合格率", Kind.PERCENT, "%", 95, 100),
            kind("质量", "信息处置准确率", Kind.PERCENT, "%", 90, 99),
            kind("质量", "网络可用率", Kind.PERCENT, "%", 95, 100),
            kind("质量", "培训合格率", Kind.PERCENT, "%", 85, 98),
            kind("质量", "资料归档率", Kind.PERCENT, "%", 90, 100),
            kind("质量", "设备利用率", Kind.RANGE, "%", 75, 95),
            kind("时效", "故障响应时间", Kind.TIME_MAX, "分钟", 15, 60),
            kind("时效", "问题处置时限", Kind.TIME_MAX, "小时", 2, 48),
            kind("时效", "舆情信息监测时长", Kind.HOURS_EQ, "小时", 24, 24),
            kind("时效", "项目按计划完成率", Kind.PERCENT, "%", 90, 100),
            kind("时效", "资金支付及时率", Kind.PERCENT, "%", 90, 100),
            kind("成本", "项目总成本", Kind.COST, "万元", 0, 0),
            kind("成本", "运行维护成本", Kind.COST, "万元", 0, 0));

    static final List<Row> OUTCOME = List.of(
            kind("社会效益", "社会公众知晓率", Kind.PERCENT, "%", 70, 90),
            text("社会效益", "改善网络环境", "有效改善"),
            text("社会效益", "提升公共服务水平", "明显提升"),
            text("社会效益", "正面宣传引导", "持续加强"),
            text("社会效益", "群众办事便利程度", "有效提高"),
            kind("经济效益", "带动经济效益增长", Kind.GROWTH, "%", 3, 10),
            text("经济效益", "降低行政运行成本", "有效降低"),
            kind("生态效益", "无纸化办公比例", Kind.PERCENT, "%", 50, 80),
            text("生态效益", "节能降耗", "有效节约"),
            text("可持续影响", "长效机制建设", "持续发挥作用"),
            text("可持续影响", "持续优化服务能力", "可持续"),
            kind("可持续影响", "持续发挥作用年限", Kind.YEARS, "年", 2, 5));

    static final List<Row> SATISFACTION = List.of(
            kind("服务对象满意度", "服务对象满意度", Kind.SATISFACTION, "%", 85, 95),
            kind("服务对象满意度", "社会公众满意度", Kind.SATISFACTION, "%", 80, 95),
            kind("服务对象满意度", "参训人员满意度", Kind.SATISFACTION, "%", 90, 98),
            kind("服务对象满意度", "群众满意度", Kind.RATING, "", 0, 0));

    static final List<String> LEVEL1_OUTPUT = List.of("产出指标", "产出指标", "产出指标", "部门产出");
    static final List<String> LEVEL1_OUTCOME = List.of("效益指标", "效益指标", "效果指标", "部门效果");
    static final List<String> LEVEL1_SATISFACTION = List.of("满意度指标", "满意度指标", "效益指标");

    static final List<String> GRADE_WORDS = List.of("达成", "部分达成", "未达成", "优", "良", "中");
}
