package io.jixiao.scoring;

import io.jixiao.value.GradeLevel;

/**
 * How far an indicator's target was achieved, in the words of the 自评表: 达成, 部分达成, 未达成 or 不适用. A
 * report shows this beside the stable {@link Status}; it is decided here once, for every renderer
 * ({@link IndicatorScore#achievement()}): a 达成/部分达成/未达成 actual is its own grade — 未达成 stays 未达成 even
 * when it scores 30% — and every other line goes by its status (met → 达成, partly scored → 部分达成, scored 0 →
 * 未达成, na → 不适用).
 */
public enum Achievement {
    /** 达成. */
    ACHIEVED,
    /** 部分达成. */
    PARTLY_ACHIEVED,
    /** 未达成. */
    NOT_ACHIEVED,
    /** 不适用. */
    NOT_APPLICABLE;

    /** The achievement of a scored line: its 达成/部分达成/未达成 grade when it has one, else by its status. */
    static Achievement of(Status status, GradeLevel grade) {
        if (status == Status.NA) {
            return NOT_APPLICABLE;
        }
        if (grade != null && grade.achievement()) {
            return switch (grade) {
                case ACHIEVED -> ACHIEVED;
                case PARTIAL -> PARTLY_ACHIEVED;
                default -> NOT_ACHIEVED;
            };
        }
        return switch (status) {
            case MET -> ACHIEVED;
            case PARTIAL -> PARTLY_ACHIEVED;
            default -> NOT_ACHIEVED;
        };
    }
}
