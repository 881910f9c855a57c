package io.jixiao.report;

/** The one HTML escaper, for text and attribute values alike, wherever jixiao writes HTML (and SVG in it). */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code s} with {@code & < > " '} escaped; null is the empty string. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
