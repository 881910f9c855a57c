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

    public static void run(Language language, Runnable work) {
        get(language, () -> {
            work.run();
            return null;
        });
    }
}
