package io.jixiao.problem;

import java.util.function.Supplier;

/** Runs a piece of a test in one language and restores the language before (English in tests). */
public final class InLanguage {

    private InLanguage() {
    }

    public static <T> T get(Language language, Supplier<T> work) {
        Language before = Language.current();
        Language.use(language);
        try {
            return work.get();
        } finally {
            Language.use(before);
        }
    }

    /** A text put into words in Chinese, such as a 评分依据 a test compares with the Chinese the bundled data prints. */
    public static String zh(Supplier<String> text) {
        return get(Language.ZH, text);
    }

    public static void run(Language language, Runnable work) {
        get(language, () -> {
            work.run();
            return null;
        });
    }
}
