package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aWorkbookCellRendersAsSheetAndCellReference() {
        assertThat(Location.cell("actuals.xlsx", "网信办舆情监测经费", 7, 5)).hasToString("actuals.xlsx:网信办舆情监测经费!E7");
        assertThat(Location.cell("d/a.XLSX", "Sheet1", 120, 28)).hasToString("d/a.XLSX:Sheet1!AB120");
    }

    @Test
    void aSheetNameWithSpacesOrPunctuationIsQuotedAsInAFormula() {
        assertThat(Location.cell("a.xlsx", "My Sheet", 1, 1)).hasToString("a.xlsx:'My Sheet'!A1");
        assertThat(Location.cell("a.xlsx", "O'Brien(2)", 3, 26)).hasToString("a.xlsx:'O''Brien(2)'!Z3");
    }

    @Test
    void columnLetters() {
        assertThat(Location.columnLetters(1)).isEqualTo("A");
        assertThat(Location.columnLetters(26)).isEqualTo("Z");
        assertThat(Location.columnLetters(27)).isEqualTo("AA");
        assertThat(Location.columnLetters(52)).isEqualTo("AZ");
        assertThat(Location.columnLetters(703)).isEqualTo("AAA");   // 26 + 26×26 + 1
    }

    @Test
    void fileLocationsAreUnchanged() {
        assertThat(new Location("targets.yaml", 3, 7)).hasToString("targets.yaml:3:7");
        assertThat(new Location("weird[name].yaml", 3, 7)).hasToString("weird[name].yaml:3:7");
        assertThat(Location.of("actuals.xlsx")).hasToString("actuals.xlsx");
    }
}
