package io.jixiao.rules;

/** One DRL file: the path shown in messages and its text. */
public record RuleSource(String path, String text) {
}
