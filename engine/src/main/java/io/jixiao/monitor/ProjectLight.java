package io.jixiao.monitor;

/** A table's light: the worst of its budget's and its indicators' (rule 5). */
public record ProjectLight(String tableId, Light light, String rule) {
}
