package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department's summary crosses from an executor to the driver as text and comes back equal, numbers exactly. */
class RecheckCodecTest {

    @Test
    void theBundledDepartmentsSummariesComeBackEqual() {
        BureauReport r = Departments.review(Departments.BUNDLED);

        for (BureauReport.Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            assertThat(RecheckCodec.decode(RecheckCodec.encode(d))).isEqualTo(d);
        }
        // at least one of them carries 复核 findings, so those were carried too
        assertThat(r.ranking().stream().mapToInt(x -> x.review().findings().size()).sum()).isPositive();
    }

    @Test
    void aFailedDepartmentComesBackWithItsCodedErrorsAndWorkbookCell() {
        DepartmentRecheck failed = DepartmentRecheck.failed("a/2024", "某局", 2024, List.of(
                new Finding(Severity.ERROR, "KPI-0101", "not valid YAML", "Maybe …", new Location("a/t.yaml", 3, 7)),
                new Finding(Severity.ERROR, "KPI-0120", "x", "", Location.cell("a/actuals.xlsx", "实际值", 5, 3))), true);

        DepartmentRecheck back = RecheckCodec.decode(RecheckCodec.encode(failed));

        assertThat(back).isEqualTo(failed);
        assertThat(back.errors().get(1).location().toString()).isEqualTo("a/actuals.xlsx:实际值!C5");
    }

    @Test
    void numbersKeepTheirScaleAndDigits() {
        // 1E+2 (scale -2), 95.50 (scale 2) and a 34-digit quotient must not become doubles
        BigDecimal[] values = {new BigDecimal("1E+2"), new BigDecimal("95.50"),
                new BigDecimal("33.33333333333333333333333333333333")};
        for (BigDecimal v : values) {
            DepartmentRecheck d = new DepartmentRecheck("f", "d", 2024, "national", "ratio", v, "优", 1, 1, List.of(),
                    List.of(), List.of(), false);
            assertThat(RecheckCodec.decode(RecheckCodec.encode(d)).score()).isEqualTo(v);
        }
    }
}
