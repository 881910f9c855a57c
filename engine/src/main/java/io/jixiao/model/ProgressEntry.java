package io.jixiao.model;

import io.jixiao.problem.Location;

/**
 * One indicator's line of a progress file (绩效运行监控): what was achieved so far (当前完成值), the year-end
 * forecast (全年预计完成值), 完成目标可能性, and for a target at risk 偏差原因 and 纠偏措施. Every part may be absent.
 *
 * @param key        the indicator key it is filed under, as written (pairing aligns it with the targets' key)
 * @param current    当前完成值, null when not given
 * @param forecast   全年预计完成值, null when not given
 * @param likelihood 完成目标可能性, null when not given
 * @param reason     偏差原因 (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他 or own words), null when not given
 * @param likelihoodLocation where 完成目标可能性 is written; when it is not, where it would be (the workbook's
 *                   cell, the YAML line's key)
 * @param measures   纠偏措施, null when not given
 * @param explanationLocation where the missing part of 偏差原因 and 纠偏措施 would be written: the workbook's 偏差原因
 *                   cell when it is blank, else its 纠偏措施 cell; the YAML line's key (or the part written)
 * @param location   where the line is (its key)
 */
public record ProgressEntry(String key, ActualEntry current, ActualEntry forecast, Likelihood likelihood,
                            Location likelihoodLocation, String reason, String measures, Location explanationLocation,
                            Location location) {

    /** The value the year-end scoring is applied to: the forecast, else the current value; null when neither. */
    public ActualEntry projected() {
        return forecast != null ? forecast : current;
    }

    /** The same line filed under {@code newKey}. */
    public ProgressEntry withKey(String newKey) {
        return new ProgressEntry(newKey, current == null ? null : rekey(current, newKey),
                forecast == null ? null : rekey(forecast, newKey), likelihood, likelihoodLocation, reason, measures,
                explanationLocation, location);
    }

    private static ActualEntry rekey(ActualEntry e, String key) {
        return new ActualEntry(key, e.text(), e.value(), e.location());
    }
}
