package io.jixiao.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A file of a department-year, kept verbatim.
 *
 * @param role    {@code targets}, {@code actuals} or {@code progress}
 * @param name    the file's name in its folder (export writes it back under this name)
 * @param content the bytes as read
 */
public record StoredFile(String role, String name, byte[] content) {

    public static final String TARGETS = "targets";
    public static final String ACTUALS = "actuals";
    public static final String PROGRESS = "progress";

    public String sha256() {
        return hex(digest().digest(content));
    }

    /**
     * The fingerprint of a department-year: SHA-256 over the files (role, name, bytes) and the options they were
     * evaluated with. Importing the same files with the same options again finds it and changes nothing.
     */
    public static String fingerprint(List<StoredFile> files, String options) {
        MessageDigest d = digest();
        d.update(("jixiao-store\n" + options + "\n").getBytes(StandardCharsets.UTF_8));
        for (StoredFile f : files) {
            d.update((f.role + "\0" + f.name + "\0" + f.content.length + "\0").getBytes(StandardCharsets.UTF_8));
            d.update(f.content);
        }
        return hex(d.digest());
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
