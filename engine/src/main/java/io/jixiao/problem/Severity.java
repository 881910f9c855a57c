package io.jixiao.problem;

/** How serious a finding is. ERROR stops loading or scoring; the others are reported. */
public enum Severity {
    /** The input cannot be evaluated as it is: jixiao stops (exit 1) and says why. */
    ERROR,
    /** Evaluated, but probably not as meant: worth a look. */
    WARNING,
    /** A note: how something was read or decided. */
    INFO;

    /**
     * The severity as machine formats (JSON) show it: the same in every language.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The severity as people read it, in the {@link Language#current() current language}.
     *
     * @return {@code 错误}, {@code 警告} or {@code 提示} in Chinese; {@code error}, {@code warning} or {@code info}
     *         in English
     */
    public String word() {
        return Finding.TEXTS.text("severity." + label());
    }
}
