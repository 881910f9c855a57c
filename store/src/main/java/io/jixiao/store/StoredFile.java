package io.jixiao.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A file of a department-year, kept verbatim: its role ({@code targets}, {@code actuals} or {@code progress}), its
 * name in its folder (export writes it back under this name) and the bytes as read. Its SHA-256 is worked out once,
 * when first asked (an import asks on the worker that read the file).
 */
public final class StoredFile {

    public static final String TARGETS = "targets";
    public static final String ACTUALS = "actuals";
    public static final String PROGRESS = "progress";

    private final String role;
    private final String name;
    private final byte[] content;
    private volatile String sha256;

    public StoredFile(String role, String name, byte[] content) {
        this.role = role;
        this.name = name;
        this.content = content;
    }

    public String role() {
        return role;
    }

    public String name() {
        return name;
    }

    /** The bytes as read (not a copy). */
    public byte[] content() {
        return content;
    }

    /** SHA-256 of the bytes, in hex. */
    public String sha256() {
        String s = sha256;
        if (s == null) {
            s = hex(digest().digest(content));
            sha256 = s;
        }
        return s;
    }

    /**
     * The fingerprint of a department-year: SHA-256 over the options they were evaluated with and each file's role,
     * name, size and SHA-256 — the bytes are hashed once, for both. Importing the same files with the same options
     * again finds it and changes nothing.
     */
    public static String fingerprint(List<StoredFile> files, String options) {
        StringBuilder text = new StringBuilder("jixiao-store 2\n").append(options).append('\n');
        for (StoredFile f : files) {
            text.append(f.role).append('\0').append(f.name).append('\0').append(f.content.length).append('\0')
                    .append(f.sha256()).append('\n');
        }
        return hex(digest().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "StoredFile[" + role + ", " + name + ", " + content.length + " bytes]";
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
