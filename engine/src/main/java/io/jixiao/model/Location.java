package io.jixiao.model;

/** A place in a source file: 1-based line and column. {@link #UNKNOWN} when there is no file. */
public record Location(String file, int line, int column) {

    public static final Location UNKNOWN = new Location("", 0, 0);

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        if (!known()) {
            return file.isEmpty() ? "<input>" : file;
        }
        return file + ":" + line + ":" + column;
    }
}
