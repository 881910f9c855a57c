package io.jixiao.web;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords are kept as bcrypt hashes (Spring Security's encoder; cost 10), never as themselves. */
public final class Passwords {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(10);

    /** A hash of a password that matches nothing typed: checked when the name is unknown, so that timing says nothing. */
    private static final String NOBODY = ENCODER.encode("no account has this password: " + System.nanoTime());

    private Passwords() {
    }

    /** The hash to store. */
    public static String hash(CharSequence password) {
        return ENCODER.encode(password);
    }

    /** Whether the password matches the hash; with a null hash, spends the same time and answers false. */
    public static boolean matches(CharSequence password, String hash) {
        if (hash == null) {
            ENCODER.matches(password, NOBODY);
            return false;
        }
        return ENCODER.matches(password, hash);
    }
}
