package io.jixiao.value;

/** Two units that do not convert into each other (条 and 分钟). Callers turn it into a located finding. */
public class IncompatibleUnitsException extends RuntimeException {

    private final transient Unit from;
    private final transient Unit to;

    public IncompatibleUnitsException(Unit from, Unit to) {
        super("unit " + from + " does not convert to " + to, null, false, false);
        this.from = from;
        this.to = to;
    }

    public Unit from() {
        return from;
    }

    public Unit to() {
        return to;
    }
}
