package io.jixiao.monitor;

import io.jixiao.problem.Finding;

/** A finding of a monitoring rule about a table ({@code key} null) or one of its indicators. */
public record MonitorFinding(String tableId, String key, String rule, Finding finding) {
}
