package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.ListedInitiative;

/**
 * 主な取組事項: every initiative at home in an approach, once; where the plan lists it again elsewhere (再掲), 備考
 * names those approaches.
 */
public class PlanInitiativesDataset implements OpenDataset {

    private final ComprehensivePlans plans;
    private final OpenDataDates dates;

    public PlanInitiativesDataset(ComprehensivePlans plans, OpenDataDates dates) {
        this.plans = plans;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "plan-initiatives";
    }

    @Override
    public String title() {
        return "長期総合計画 主な取組事項一覧";
    }

    @Override
    public String description() {
        return "各手法の主な取組事項（事業名・事業内容）。再掲は備考に記載。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("取組ID", "initiativeId"),
                new OpenDataColumn("事業名", "initiativeName"), new OpenDataColumn("事業内容", "description"),
                new OpenDataColumn("手法ID", "approachId"), new OpenDataColumn("手法名", "approachName"),
                new OpenDataColumn("方策ID", "measureId"), OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            List<ListedInitiative> listed = plan.listedInitiatives();
            for (Approach approach : plan.approaches().toList()) {
                for (Initiative initiative : approach.initiatives()) {
                    List<String> relisted = listed.stream()
                            .filter(l -> l.relisting() && l.code().filter(initiative.code()::equals).isPresent())
                            .map(l -> "手法" + l.approach().value()).toList();
                    rows.add(List.of(plan.municipality().code().value(), initiative.code().value(), initiative.name(),
                            initiative.description(), approach.code().value(), approach.title(),
                            approach.code().measure().value(),
                            relisted.isEmpty() ? "" : "再掲: " + String.join("、", relisted)));
                }
            }
        }
        return rows;
    }

    @Override
    public Optional<Instant> updated() {
        return dates.plansLoaded();
    }
}
