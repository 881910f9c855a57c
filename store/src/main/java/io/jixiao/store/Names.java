package io.jixiao.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the store matches them: a department given in part, an indicator across years, an indicator and the
 * 指标库 entry of the same name. NFKC (full-width letters and digits become ASCII), lower case, without white space
 * and punctuation — 「全年监测舆情信息数量」 and 全年 监测舆情信息数量 are the same indicator.
 */
public final class Names {

    private static final Pattern DROPPED = Pattern.compile("[\\s\\p{P}\\p{S}&&[^%‰]]+");

    private Names() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return DROPPED.matcher(n).replaceAll("");
    }
}
