package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.PublishedAnswer;

/**
 * 市民提案への回答: the proposals whose answers the city published, with the texts as published (e-mail addresses,
 * phone numbers and postal codes masked). The name and area a citizen allowed on the web page are left out here: the
 * open data holds no personal data at all.
 */
public class PublishedAnswersDataset implements OpenDataset {

    private static final int PAGE = 500;
    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    private final CitizenProposals proposals;
    private final Function<String, String> categoryLabel;
    private final Supplier<Optional<String>> municipalityCode;
    private final OpenDataDates dates;

    /**
     * @param municipalityCode the deployment's 全国地方公共団体コード, read when the dataset is served
     */
    public PublishedAnswersDataset(CitizenProposals proposals, Function<String, String> categoryLabel,
                                   Supplier<Optional<String>> municipalityCode, OpenDataDates dates) {
        this.proposals = proposals;
        this.categoryLabel = categoryLabel;
        this.municipalityCode = municipalityCode;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "proposal-answers";
    }

    @Override
    public String title() {
        return "市民提案箱 公開された提案と回答";
    }

    @Override
    public String description() {
        return "市民提案箱に寄せられ、提案者の同意を得て公開した提案と市の回答。個人情報は含みません。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("受付番号", "receiptNumber"),
                new OpenDataColumn("件名", "subject"), new OpenDataColumn("分類", "category"),
                new OpenDataColumn("提案内容", "proposalText"), new OpenDataColumn("回答", "answerText"),
                new OpenDataColumn("回答日", "answeredOn"), new OpenDataColumn("公開日", "publishedOn"),
                OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        String municipality = municipalityCode.get().orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PublishedAnswer> page = proposals.published(offset, PAGE);
            for (PublishedAnswer answer : page) {
                rows.add(List.of(municipality, answer.receiptNumber().value(), answer.subject(),
                        categoryLabel.apply(answer.category()), answer.proposalText(), answer.answerText(),
                        date(answer.answeredAt()), date(answer.publishedAt()), ""));
            }
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    private static String date(Instant instant) {
        return instant == null ? "" : instant.atZone(CITY_ZONE).toLocalDate().toString();
    }

    @Override
    public Optional<Instant> updated() {
        return dates.answersPublished();
    }
}
