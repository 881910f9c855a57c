package io.jixiao.scoring;

import io.jixiao.value.Comparator;

/** Which way a measured case is scored (≥, ≤ or =), derived by a rule from the written comparator. */
public record Direction(String caseId, Comparator comparator, String rule) {

    public boolean atLeast() {
        return comparator.atLeast();
    }

    public boolean atMost() {
        return comparator.atMost();
    }

    public boolean equal() {
        return comparator == Comparator.EQ;
    }
}
