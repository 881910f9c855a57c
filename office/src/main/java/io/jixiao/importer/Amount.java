package io.jixiao.importer;

import java.math.BigDecimal;

/** An amount in 万元 found in the document, and where it came from (written as a YAML comment). */
record Amount(BigDecimal value, String source, int line) {

    String text() {
        return value.toPlainString();
    }
}
