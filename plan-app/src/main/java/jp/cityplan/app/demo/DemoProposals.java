package jp.cityplan.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the demo only ({@code demo.proposals.enabled}): on the first start, a few back-dated proposals taken to
 * different stages by the demo staff, so that Tasklist, Cockpit and the published list are not empty. Runs once:
 * nothing is added where the process has any history.
 */
@Slf4j
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "demo.proposals.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoProposals implements ApplicationRunner {

    private final CitizenProposals proposals;
    private final Supplier<ProposalRules> rules;
    private final AnswerDeadlinePolicy deadline;
    private final Clock clock;
    private final ProposalProcessClient processClient;
    private final HistoryService historyService;
    private final TransactionTemplate transactions;
    private final DemoStaff staff;

    @Override
    public void run(ApplicationArguments args) {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey("citizen-proposal").count() > 0) {
            return;
        }
        waitingForIntake();
        beingDrafted();
        overdue();
        answeredAndPublished();
        rejected();
        log.info("Demo proposals created");
    }

    private void waitingForIntake() {
        submit(Duration.ofDays(1), draft("二本松駅前の駐輪場を増やしてほしい",
                "朝の時間帯は二本松駅前の駐輪場が満車で、通学の高校生が路上に自転車を置いています。駐輪場の増設を検討してください。",
                "community", List.of(), "安達", "油井", PublicationConsent.ANONYMOUS));
    }

    private void beingDrafted() {
        String instance = submit(Duration.ofDays(6), draft("広報紙の文字を大きくしてほしい",
                "広報にほんまつの文字が小さく、高齢の母が読みにくいと言っています。文字の大きい版やウェブでの読み上げがあると助かります。",
                "public-relations", List.of("2-1.1"), "二本松", "本町", PublicationConsent.WITH_SURNAME));
        staff.completeIntake(instance, "kocho");
    }

    private void overdue() {
        String instance = submit(Duration.ofDays(30), draft("ふるさと納税の返礼品に地元の菊人形グッズを",
                "二本松の菊人形は全国に知られています。ふるさと納税の返礼品に菊人形にちなんだ品を加えてはどうでしょうか。",
                "finance", List.of("3-2.1"), "岳", "岳温泉", PublicationConsent.NONE));
        staff.completeIntake(instance, "kocho");
    }

    private void answeredAndPublished() {
        String instance = submit(Duration.ofDays(10), draft("市の計画をインターネットで読みやすく",
                "長期総合計画がPDFだけで、スマートフォンでは読みにくいです。ウェブページで見られるようにしてください。",
                "public-relations", List.of("2-1.8"), "東和", "針道", PublicationConsent.WITH_SURNAME));
        staff.completeIntake(instance, "kocho");
        staff.complete(instance, "Task_DraftAnswer", "koho", Map.of("draftText",
                "ご提案ありがとうございます。長期総合計画は市ウェブサイトでページとして閲覧できるようにしました。オープンデータとしても公開しています。"));
        staff.complete(instance, "Task_ApproveByDivisionHead", "koho-kacho", Map.of("approved", true));
        staff.complete(instance, "Task_ApproveFinally", "fukushicho", Map.of("approved", true, "adopted", false));
        staff.complete(instance, "Task_ApprovePublication", "kocho", Map.of("publicationApproved", true));
    }

    private void rejected() {
        String instance = submit(Duration.ofDays(3), draft("隣の町の道路の穴を直してほしい",
                "隣町の県道に大きな穴があります。", "out-of-scope", List.of(), "安達", "渋川", PublicationConsent.NONE));
        staff.complete(instance, "Task_ReviewIntake", "kocho", Map.of("triageDecision", "REJECT",
                "rejectionReason", "県が管理する道路のため、福島県県北建設事務所にお問い合わせください。"));
    }

    private String submit(Duration ago, ProposalDraft draft) {
        ProposalSubmission backDated = new ProposalSubmission(proposals, rules, deadline, Clock.offset(clock, ago.negated()));
        String instance = transactions.execute(status -> {
            ReceiptNumber receipt = backDated.submit(draft).receipt().receiptNumber();
            return processClient.start(receipt);
        });
        staff.runJobsOf(instance);
        return instance;
    }

    private static ProposalDraft draft(String subject, String text, String category, List<String> initiatives,
                                       String familyName, String area, PublicationConsent consent) {
        return new ProposalDraft(Channel.WEB_FORM, null, subject, text, category, initiatives, familyName, "太郎",
                area, null, "demo-citizen@example.jp", null, true, consent);
    }
}
