package io.jixiao.report.monitor;

import io.jixiao.monitor.Light;

/** A light in words (绿灯 / 黄灯 / 红灯, green / yellow / red, — for none) in the language of the run: the one place
 * every monitoring output (text, HTML, the 绩效监控表 workbook) takes them from. */
public final class LightWords {

    private LightWords() {
    }

    /** {@code l} in words; a dash for none. */
    public static String of(Light l) {
        return Labels.light(l);
    }
}
