package jp.cityplan.domain.publicworks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.cityplan.domain.shared.Require;

/**
 * The monetised parts of an evaluation (費用便益分析), as present values: benefits = user benefits (travel time,
 * running costs, accidents saved) + other monetised benefits; costs = construction (incl. land) + maintenance over the
 * evaluation period. Costs adding up to zero are refused: B/C would mean nothing.
 */
public record BenefitCost(Yen userBenefits, Yen otherBenefits, Yen constructionCost, Yen maintenanceCost) {

    /** B/C is shown with two decimals, cut off (not rounded up), as in the national manuals. */
    public static final int RATIO_SCALE = 2;

    public BenefitCost {
        Require.present(userBenefits, "userBenefitsYen");
        Require.present(otherBenefits, "otherBenefitsYen");
        Require.present(constructionCost, "constructionCostYen");
        Require.present(maintenanceCost, "maintenanceCostYen");
        if (constructionCost.plus(maintenanceCost).isZero()) {
            throw new InvalidPublicWorksInputException("constructionCostYen", FieldViolation.Reason.ZERO_COST);
        }
    }

    public Yen benefits() {
        return userBenefits.plus(otherBenefits);
    }

    public Yen costs() {
        return constructionCost.plus(maintenanceCost);
    }

    /** 費用便益比 B/C. */
    public BigDecimal benefitCostRatio() {
        return BigDecimal.valueOf(benefits().amount())
                .divide(BigDecimal.valueOf(costs().amount()), RATIO_SCALE, RoundingMode.DOWN);
    }
}
