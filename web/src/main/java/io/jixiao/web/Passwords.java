package io.jixiao.web;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Passwords are kept as bcrypt hashes (Spring Security's BCrypt, cost 10), never as themselves. */
public final class Passwords {

    /** The shortest password an account may have (jixiao users add, the accounts page). */
    public static final int MIN_LENGTH = 8;

    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash that matches nothing typed: checked when the name is unknown, so that timing says nothing. */
    private static final String NOBODY = BCrypt.hashpw("no account has this password " + RANDOM.nextLong(),
            BCrypt.gensalt(COST, RANDOM));

    private Passwords() {
    }

    /** The hash to store. */
    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST, RANDOM));
    }

    /** Whether the password matches the hash; with a null hash, spends the same time and answers false. */
    public static boolean matches(String password, String hash) {
        if (hash == null) {
            BCrypt.checkpw(password, NOBODY);
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException notBcrypt) {
            return false;
        }
    }
}
