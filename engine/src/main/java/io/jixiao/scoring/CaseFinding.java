package io.jixiao.scoring;

import io.jixiao.problem.Finding;

/** A finding a rule raised about one case (over-achievement, a default applied, …). */
public record CaseFinding(String caseId, Finding finding) {
}
