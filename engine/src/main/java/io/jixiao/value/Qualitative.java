package io.jixiao.value;

/** Free qualitative text such as {@code 有效改善}: an actual equal to it counts as 达成. */
public record Qualitative(String text) implements Value {

    @Override
    public String format() {
        return text;
    }
}
