package io.jixiao.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jixiao.recheck.DepartmentRecheck;

/**
 * A department's 复核 summary as text, so that it travels from an executor to the driver without the engine's
 * records being {@code Serializable}: JSON of the record as it is (every number a {@code BigDecimal} written exactly,
 * with its scale), read back into an equal record. The driver sums the records up as {@code jixiao review} does.
 */
final class RecheckCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Finding.isError() is written as "error": derived, not a component
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecheckCodec() {
    }

    static String encode(DepartmentRecheck r) {
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the recheck of " + r.folder(), e);
        }
    }

    static DepartmentRecheck decode(String json) {
        try {
            return JSON.readValue(json, DepartmentRecheck.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a department's recheck", e);
        }
    }
}
