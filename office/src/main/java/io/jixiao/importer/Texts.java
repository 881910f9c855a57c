package io.jixiao.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for cells: header keys, wrapped lines, numbering, money. */
final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*[、.．)）]\\s*");
    private static final Pattern MONEY = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(万元|万|元|亿元|亿)?$");

    private Texts() {
    }

    /** A header or label cell as a key: NFKC (full-width brackets become ASCII), every space removed. */
    static String key(String cell) {
        return WHITESPACE.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * A cell whose line breaks are only wrapping (level names, 三级指标, descriptions, targets): lines
     * stripped and joined without a separator ("社会\n效益" → "社会效益"); spaces inside a line are kept.
     */
    static String joined(String cell) {
        StringBuilder sb = new StringBuilder();
        for (String line : cell.split("\n", -1)) {
            sb.append(line.strip());
        }
        return sb.toString();
    }

    /** A list number at the start ("1、", "2.", "三、") removed. */
    static String unnumbered(String s) {
        return LEADING_NUMBER.matcher(s).replaceFirst("").strip();
    }

    /** For comments: one line, newlines shown as " / ". */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " / ");
    }

    /** An amount in 万元 from "10.00", "51.8万元", "2592500元", "1.2亿"; the number as written when 万元. */
    static Optional<BigDecimal> money(String cell) {
        String s = key(cell).replace(",", "");
        Matcher m = MONEY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "万元" : m.group(2);
        return Optional.of(switch (unit) {
            case "元" -> n.movePointLeft(4);
            case "亿", "亿元" -> n.movePointRight(4);
            default -> n;
        });
    }
}
