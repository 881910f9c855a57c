package io.jixiao.value;

/** {@code 完成}: an actual saying the target was met without a measurement. */
public record Completed() implements Value {

    @Override
    public String format() {
        return "完成";
    }
}
