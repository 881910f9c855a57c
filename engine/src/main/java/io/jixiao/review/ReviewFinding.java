package io.jixiao.review;

import io.jixiao.problem.Finding;

/** What a review rule concluded: the rule's name and its finding (warnings and info only, KPI-04xx). */
public record ReviewFinding(String rule, Finding finding) {
}
