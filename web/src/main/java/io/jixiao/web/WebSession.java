package io.jixiao.web;

/** One logged-in browser or API client: its account, its CSRF token, when it was last seen and its what-if. */
final class WebSession {

    final String id;
    final Account account;
    final String csrf;
    volatile long lastSeen;
    /** The what-if of this session (at most one), or null. */
    volatile WhatIfs.Open whatIf;

    WebSession(String id, Account account, String csrf, long now) {
        this.id = id;
        this.account = account;
        this.csrf = csrf;
        this.lastSeen = now;
    }
}
