package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Deduction;
import io.jixiao.problem.Language;
import io.jixiao.problem.Location;
import io.jixiao.value.ValueParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DeductionParser#parse} keeps what it read by the text: a sentence read again — at another place — is what a
 * fresh read of it gives there, and a sentence it cannot read is refused again each time, in the language of the run.
 */
class DeductionCacheProperties {

    @Property(tries = 2000)
    void aSentenceReadAgainIsWhatAFreshReadGives(@ForAll("sentences") String text) {
        Location first = new Location("a/targets.yaml", 3, 9);
        Location again = new Location("b/targets.yaml", 17, 40);
        String fresh = outcome(text, again, false);
        outcome(text, first, true); // kept, when it reads, with the first place
        assertThat(outcome(text, again, true)).isEqualTo(fresh);
    }

    @Example
    void aSentenceThatCannotBeReadIsRefusedInTheLanguageOfEachRun() {
        String text = "每减少0条，扣减数量分值的1%";
        Location at = new Location("targets.yaml", 1, 1);
        try {
            assertThat(outcome(text, at, true)).startsWith("failure ").doesNotContain("建议");
            Language.use(Language.ZH);
            assertThat(outcome(text, at, true)).startsWith("failure ").contains("建议");
        } finally {
            Language.use(Language.EN);
        }
    }

    @Example
    void theSameTextAtAnotherPlaceKeepsItsOwnPlace() {
        Location a = new Location("a.yaml", 1, 2);
        Location b = new Location("b.yaml", 3, 4);
        Deduction first = DeductionParser.parse("每减少10条，扣减数量分值的1%", a);
        Deduction second = DeductionParser.parse("每减少10条，扣减数量分值的1%", b);
        assertThat(first.location()).isEqualTo(a);
        assertThat(second.location()).isEqualTo(b);
        assertThat(second).isEqualTo(DeductionParser.parseFresh("每减少10条，扣减数量分值的1%", b));
    }

    /** The structured form, or the failure's problem and hint. */
    private static String outcome(String text, Location at, boolean cached) {
        try {
            Deduction d = cached ? DeductionParser.parse(text, at) : DeductionParser.parseFresh(text, at);
            return d.toString();
        } catch (ValueParseException e) {
            return "failure " + e.problem() + " | " + e.hint();
        }
    }

    /** 评（扣）分标准 sentences of every form the parser reads, and near misses of each. */
    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> verb = Arbitraries.of("减少", "降低", "低于", "超过", "增加", "少", "");
        Arbitrary<String> number = Arbitraries.of("1", "10", "0", "0.5", "1.5万", "１０", "999999999999999999999999999");
        Arbitrary<String> unit = Arbitraries.of("条", "%", "个百分点", "小时", "天", "", "斤斤", "万元");
        Arbitrary<String> cut = Arbitraries.of("，扣减数量分值的", "，扣", "扣除该项分值的", ",减", "，扣减权重分值的");
        Arbitrary<String> deduct = Arbitraries.of("1%", "2.5%", "10%", "1", "");
        Arbitrary<String> floor = Arbitraries.of("", "", "，低于60%不得分", "，低于0%不得分");
        Arbitrary<String> step = Combinators.combine(verb, number, unit, cut, deduct, floor)
                .as((v, n, u, c, d, f) -> "每" + v + n + u + c + d + f);
        Arbitrary<String> whole = Arbitraries.of("达到目标值计满分，未达到按完成比例计分", "达标得满分，不达标不得分",
                "完成得满分，未完成不得分", "优得10分，良得8分，中得6分，差不得分", "≥95%得10分，90%-95%得8分，低于90%不得分",
                "每少1人扣1分，扣完为止", "按实际情况酌情扣分", "不得分", "");
        return Arbitraries.oneOf(step, whole);
    }
}
