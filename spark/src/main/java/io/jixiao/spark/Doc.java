package io.jixiao.spark;

import java.io.Serializable;

/**
 * One input file of a department, as shipped to an executor: the name findings are located in (exactly as
 * {@code jixiao review} names the file) and where to read it — a Hadoop path — or its text, from a table row.
 *
 * @param name where findings point: the path as review writes it, or {@code folder/targets.yaml} for a table row
 * @param path the Hadoop path to read ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}); null when {@code text}
 *             holds the content
 * @param text the YAML text (a table row's column); null for a file, and for a row's NULL text ({@link #missing})
 */
record Doc(String name, String path, String text) implements Serializable {

    static Doc file(String name, String path) {
        return new Doc(name, path, null);
    }

    static Doc text(String name, String text) {
        return new Doc(name, null, text == null ? "" : text);
    }

    /** A table row's text that is NULL: nothing to read (KPI-0705 for targets). */
    static Doc missing(String name) {
        return new Doc(name, null, null);
    }

    boolean isMissing() {
        return path == null && text == null;
    }
}
