package io.jixiao.value;

/**
 * The one typed failure of {@link ValueParser}: the text, what is wrong, a "Maybe …" hint, and the
 * 0-based offset in the text where the problem starts.
 */
public class ValueParseException extends RuntimeException {

    private final String text;
    private final String problem;
    private final String hint;
    private final int offset;

    public ValueParseException(String text, String problem, String hint, int offset) {
        super("'" + text + "': " + problem, null, false, false);
        this.text = text;
        this.problem = problem;
        this.hint = hint;
        this.offset = offset;
    }

    public String text() {
        return text;
    }

    public String problem() {
        return problem;
    }

    public String hint() {
        return hint;
    }

    public int offset() {
        return offset;
    }
}
