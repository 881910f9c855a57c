package io.jixiao.spark;

import java.io.Serializable;

/**
 * One input file of a department, as shipped to an executor: the name findings are located in (exactly as
 * {@code jixiao review} names the file) and where to read it — a Hadoop path — or its text, from a table row.
 *
 * @param name where findings point: the path as review writes it, or {@code folder/targets.yaml} for a table row
 * @param path the Hadoop path to read ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}); null when {@code text}
 *             holds the content
 * @param text the YAML text (a table row's column); null for a file
 */
record Doc(String name, String path, String text) implements Serializable {

    static Doc file(String name, String path) {
        return new Doc(name, path, null);
    }

    static Doc text(String name, String text) {
        return new Doc(name, null, text == null ? "" : text);
    }
}
