package io.jixiao.problem;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Tests run in English unless they say otherwise: many assert English wording, and the product's default is
 * Chinese. Registered as a JUnit Platform listener (META-INF/services of the engine's test-jar, which every
 * module's tests have), so it applies to Jupiter and jqwik alike, before any test of the run. A test that checks
 * Chinese switches with {@link InLanguage} and is back in English afterwards.
 */
public final class EnglishByDefault implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        Language.use(Language.EN);
    }
}
