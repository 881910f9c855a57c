package io.jixiao.recheck;

import io.jixiao.problem.Finding;

/**
 * A 复核 finding about one department: the coded {@link Finding} (with its file:line:col) and where in the
 * review it belongs.
 *
 * @param table the table's name (部门整体 for the overall table)
 */
public record RecheckFinding(String folder, String department, String table, Kind kind, Finding finding) {

    /** What a reviewer asks the department about; {@code code} is the finding's code. */
    public enum Kind {
        SELF_SCORE("KPI-0320", "selfScore", "自评得分与复核不符"),
        OVER_ACHIEVEMENT("KPI-0308", "overAchievement", "偏离度过大"),
        OVERSPENT("KPI-0310", "overspent", "支出超预算"),
        LOW_EXECUTION("KPI-0321", "lowExecution", "预算执行率低于60%"),
        NOT_APPLICABLE("KPI-0322", "notApplicable", "不适用超过四分之一"),
        COMPLETED("KPI-0305", "completedWithoutNumber", "以「完成」代替实际数");

        private final String code;
        private final String key;
        private final String label;

        Kind(String code, String key, String label) {
            this.code = code;
            this.key = key;
            this.label = label;
        }

        public String code() {
            return code;
        }

        /** The stable name in JSON and CSV. */
        public String key() {
            return key;
        }

        /** The Chinese heading a reviewer reads. */
        public String label() {
            return label;
        }

        /** The kind of a scoring finding the review lists, or null for the others. */
        static Kind ofCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return null;
        }
    }
}
