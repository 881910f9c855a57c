package io.jixiao;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.TableScore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Classes for {@link ArchitectureTest}'s check of the API rule: one that leaks internal types, one that does not. */
public final class ApiLeakFixtures {

    private ApiLeakFixtures() {
    }

    /** What the API must never look like. */
    public static final class Leaky {
        public DepartmentScore score;

        public List<DepartmentScore> all() {
            return List.of();
        }

        public Optional<Map<String, ? extends TableScore>> table(String name) {
            return Optional.empty();
        }

        DepartmentScore hidden() {
            return null;
        }
    }

    /** Only what the API may expose. */
    public static final class Clean {
        public List<Finding> findings(Optional<Location> at) {
            return List.of();
        }
    }
}
