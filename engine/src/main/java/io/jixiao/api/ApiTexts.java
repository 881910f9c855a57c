package io.jixiao.api;

import io.jixiao.problem.Catalogue;

/** The API's texts that are not findings (api/texts bundles), in the language in use. */
final class ApiTexts {

    private static final Catalogue T = Catalogue.of(ApiTexts.class, "texts");

    private ApiTexts() {
    }

    static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }
}
