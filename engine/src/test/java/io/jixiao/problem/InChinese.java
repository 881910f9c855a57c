package io.jixiao.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class whose every test runs in Chinese, the product's default, and is back in English afterwards
 * ({@link EnglishByDefault}): for the tests that assert Chinese wording, such as the 评分依据 of the bundled
 * departments' worked examples. jqwik properties switch with {@link InLanguage} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(InChinese.Switch.class)
public @interface InChinese {

    /** Sets Chinese before each test and the language before it back after. */
    final class Switch implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Switch.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(NS).put("before", Language.current());
            Language.use(Language.ZH);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Language.use(context.getStore(NS).get("before", Language.class));
        }
    }
}
