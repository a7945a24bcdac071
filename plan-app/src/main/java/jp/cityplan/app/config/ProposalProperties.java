package jp.cityplan.app.config;

import java.net.URI;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.calendar.Closure;
import jp.cityplan.workflow.proposal.ProposalProcessSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code proposal.*}: the city's own choices for citizen proposals. A setting left out takes the
 * default named below; the categories must be given.
 *
 * @param publicBaseUrl              where citizens reach the app, default {@code http://localhost:8080}
 * @param statusPath                 the public page to check a proposal on, default {@code /proposals/status}
 * @param tasklistUrl                where staff work on tasks, default {@code <public-base-url>/camunda/app/tasklist/}
 * @param answerBusinessDays         business days to answer in, default 14
 * @param closures                   the city's own closed days besides weekends, national holidays and 12/29-1/3
 * @param categories                 the categories a proposal is filed under, in the order the form offers them
 * @param finalApproverGroup         Camunda group of the final approval, default {@code final-approvers}
 * @param reminderBusinessDaysBefore business days before the due date to remind the lead division, default 2
 * @param answerDueTime              time (Asia/Tokyo) the due date ends and the overdue timer fires, default 17:00
 * @param reminderTime               time (Asia/Tokyo) the reminder is sent, default 09:00
 * @param mail                       the e-mails' sender
 */
@ConfigurationProperties("proposal")
public record ProposalProperties(
        String publicBaseUrl,
        String statusPath,
        String tasklistUrl,
        Integer answerBusinessDays,
        List<ClosureSetting> closures,
        List<Category> categories,
        String finalApproverGroup,
        Integer reminderBusinessDaysBefore,
        LocalTime answerDueTime,
        LocalTime reminderTime,
        Mail mail) {

    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";
    public static final String DEFAULT_STATUS_PATH = "/proposals/status";
    public static final String TASKLIST_PATH = "/camunda/app/tasklist/";

    public ProposalProperties {
        publicBaseUrl = withoutTrailingSlash(orDefault(publicBaseUrl, DEFAULT_PUBLIC_BASE_URL));
        statusPath = orDefault(statusPath, DEFAULT_STATUS_PATH);
        if (!statusPath.startsWith("/")) {
            throw new IllegalArgumentException("proposal.status-path '" + statusPath + "' must start with '/'");
        }
        tasklistUrl = orDefault(tasklistUrl, publicBaseUrl + TASKLIST_PATH);
        answerBusinessDays = answerBusinessDays == null ? AnswerDeadlinePolicy.DEFAULT_BUSINESS_DAYS : answerBusinessDays;
        closures = closures == null ? List.of() : List.copyOf(closures);
        categories = categories == null ? List.of() : List.copyOf(categories);
        requireCategories(categories);
        finalApproverGroup = orDefault(finalApproverGroup, ProposalProcessSettings.DEFAULT_FINAL_APPROVER_GROUP);
        reminderBusinessDaysBefore = reminderBusinessDaysBefore == null
                ? ProposalProcessSettings.DEFAULT_REMINDER_BUSINESS_DAYS_BEFORE : reminderBusinessDaysBefore;
        if (reminderBusinessDaysBefore < 0 || reminderBusinessDaysBefore >= answerBusinessDays) {
            throw new IllegalArgumentException("proposal.reminder-business-days-before " + reminderBusinessDaysBefore
                    + " must be 0 to proposal.answer-business-days - 1 (" + (answerBusinessDays - 1) + ")");
        }
        answerDueTime = answerDueTime == null ? ProposalProcessSettings.DEFAULT_ANSWER_DUE_TIME : answerDueTime;
        reminderTime = reminderTime == null ? ProposalProcessSettings.DEFAULT_REMINDER_TIME : reminderTime;
        mail = mail == null ? new Mail(null, null, null, null, null) : mail;
    }

    /** The status page citizens are pointed to. */
    public URI statusPage() {
        return URI.create(publicBaseUrl + statusPath);
    }

    public URI tasklist() {
        return URI.create(tasklistUrl);
    }

    /** The category codes a submission may name. */
    public Set<String> categoryCodes() {
        Set<String> codes = new HashSet<>();
        categories.forEach(category -> codes.add(category.code()));
        return codes;
    }

    public List<Closure> cityClosures() {
        return closures.stream().map(ClosureSetting::toClosure).toList();
    }

    private static void requireCategories(List<Category> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("proposal.categories must list at least one category");
        }
        Set<String> seen = new HashSet<>();
        for (Category category : categories) {
            if (!seen.add(category.code())) {
                throw new IllegalArgumentException("proposal.categories lists '" + category.code() + "' twice");
            }
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * A proposal category: the code stored with the case and its labels.
     *
     * @param code what is stored, e.g. {@code public-relations} (at most 40 characters)
     * @param ja   the Japanese label, e.g. 広報・広聴
     * @param en   the English label, e.g. Public relations
     */
    public record Category(String code, String ja, String en) {

        private static final int CODE_MAX = 40;

        public Category {
            if (code == null || code.isBlank() || code.length() > CODE_MAX || !code.equals(code.strip())) {
                throw new IllegalArgumentException("category code '" + code + "' must be 1-" + CODE_MAX
                        + " characters without surrounding spaces");
            }
            if (ja == null || ja.isBlank()) {
                throw new IllegalArgumentException("category '" + code + "' needs a Japanese label (ja)");
            }
            en = en == null || en.isBlank() ? ja : en;
        }
    }

    /**
     * A closure of the city's own, every year: {@code from} to {@code to} inclusive as {@code MM-dd} (e.g.
     * {@code 08-15}), {@code to} left out for a single day.
     */
    public record ClosureSetting(String from, String to, String name) {

        Closure toClosure() {
            MonthDay first = monthDay(from, "from");
            MonthDay last = to == null || to.isBlank() ? first : monthDay(to, "to");
            return new Closure(first, last, name);
        }

        private MonthDay monthDay(String value, String field) {
            try {
                return MonthDay.parse("--" + (value == null ? "" : value.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("proposal.closures '" + name + "' " + field + " '" + value
                        + "' is not a day of the form MM-dd", e);
            }
        }
    }

    /**
     * The e-mails' sender.
     *
     * @param from       sender address, default {@code koho@city.nihonmatsu.example}
     * @param replyTo    reply address, default the sender address
     * @param senderName the sender's name shown and signed, default 二本松市 広報広聴係
     * @param cityName   the city's name in subject lines, default 二本松市
     * @param cityNameEn the city's name in the English lines, default Nihonmatsu City
     */
    public record Mail(String from, String replyTo, String senderName, String cityName, String cityNameEn) {

        public static final String DEFAULT_FROM = "koho@city.nihonmatsu.example";

        public Mail {
            from = orDefault(from, DEFAULT_FROM);
            replyTo = orDefault(replyTo, from);
            senderName = orDefault(senderName, "二本松市 広報広聴係");
            cityName = orDefault(cityName, "二本松市");
            cityNameEn = orDefault(cityNameEn, "Nihonmatsu City");
        }
    }
}
