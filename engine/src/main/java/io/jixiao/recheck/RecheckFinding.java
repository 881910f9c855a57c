package io.jixiao.recheck;

import io.jixiao.problem.Finding;
import java.util.List;

/**
 * A 复核 finding about one department: the coded {@link Finding} (with its file:line:col) and where in the
 * review it belongs.
 *
 * @param table the table's name (部门整体 for the overall table); empty for a finding about the department's files
 *              as a whole (its own profile ignored, an amount off by 100×)
 */
public record RecheckFinding(String folder, String department, String table, Kind kind, Finding finding) {

    /** What the finding is about, as a reviewer reads it: the table, or the department's files as a whole. */
    public String where() {
        return table.isEmpty() ? "提交的文件 files" : table;
    }

    /** What a reviewer asks the department about; {@code code} is the finding's code. */
    public enum Kind {
        SELF_SCORE("KPI-0320", "selfScore", "自评得分与复核不符"),
        OVER_ACHIEVEMENT("KPI-0308", "overAchievement", "偏离度过大"),
        OVERSPENT("KPI-0310", "overspent", "支出超预算"),
        LOW_EXECUTION("KPI-0321", "lowExecution", "预算执行率低于60%"),
        NOT_APPLICABLE("KPI-0322", "notApplicable", "不适用超过四分之一"),
        COMPLETED("KPI-0305", "completedWithoutNumber", "以「完成」代替实际数"),
        /**
         * What a bureau must not take on trust in a department's files: its own profile, ignored (KPI-0329); an
         * amount 100 times off its target or budget (KPI-0139); a 评（扣）分标准 that cannot mean what it says
         * (KPI-0152, 0153).
         */
        SUSPECT(List.of("KPI-0329", "KPI-0139", "KPI-0152", "KPI-0153"), "suspect", "提交文件存疑");

        private final List<String> codes;
        private final String key;
        private final String label;

        Kind(String code, String key, String label) {
            this(List.of(code), key, label);
        }

        Kind(List<String> codes, String key, String label) {
            this.codes = codes;
            this.key = key;
            this.label = label;
        }

        /** The (first) code of the findings of this kind. */
        public String code() {
            return codes.get(0);
        }

        /** Every code of the findings of this kind. */
        public List<String> codes() {
            return codes;
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
                if (k.codes.contains(code)) {
                    return k;
                }
            }
            return null;
        }
    }
}
