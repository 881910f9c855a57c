package io.jixiao.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One scored indicator of one table of one department-year: a row of the {@code --parquet} output for analysts.
 * Numbers are the unrounded results of scoring, kept to {@link #SCALE} decimal places.
 */
record IndicatorRow(String folder, String department, int year, String table, String key, String name,
                    String level1, String level2, String group, String target, String actual, BigDecimal points,
                    BigDecimal score, String status, String rule) implements Serializable {

    /** Decimal places of points and score in Parquet (decimal(38,10)). */
    static final int SCALE = 10;

    static final StructType SCHEMA = new StructType()
            .add("folder", DataTypes.StringType, false)
            .add("department", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, false)
            .add("table", DataTypes.StringType, true)
            .add("indicator", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, true)
            .add("level1", DataTypes.StringType, true)
            .add("level2", DataTypes.StringType, true)
            .add("group", DataTypes.StringType, true)
            .add("target", DataTypes.StringType, true)
            .add("actual", DataTypes.StringType, true)
            .add("points", DataTypes.createDecimalType(38, SCALE), true)
            .add("score", DataTypes.createDecimalType(38, SCALE), true)
            .add("status", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, true);

    Row toRow() {
        return RowFactory.create(folder, department, year, table, key, name, level1, level2, group, target, actual,
                scaled(points), scaled(score), status, rule);
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
