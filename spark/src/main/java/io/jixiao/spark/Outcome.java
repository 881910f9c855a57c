package io.jixiao.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What an executor sends back for one department: its 复核 summary (a {@code DepartmentRecheck} in
 * {@link RecheckCodec}'s JSON) and, when {@code --parquet} asks for them, its indicator rows.
 */
record Outcome(String folder, String summary, List<IndicatorRow> indicators) implements Serializable {

    Outcome {
        indicators = List.copyOf(indicators);
    }
}
