package io.jixiao.model;

import io.jixiao.problem.Location;
import io.jixiao.value.Value;

/** One 实际完成值: the indicator key it belongs to, the text as written, the parsed value, where. */
public record ActualEntry(String key, String text, Value value, Location location) {
}
