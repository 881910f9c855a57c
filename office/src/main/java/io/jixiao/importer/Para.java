package io.jixiao.importer;

/** A paragraph outside tables (bookmark markers of the text export removed). */
public record Para(String text, int line) implements Block {
}
