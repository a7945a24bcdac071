package jp.cityplan.app.adapter.out.persistence.proposal;

import static jp.cityplan.app.adapter.out.persistence.proposal.ProposalFixtures.inState;
import static jp.cityplan.app.adapter.out.persistence.proposal.ProposalFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.Adoption;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.Contact;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalConflictException;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.shared.FiscalYear;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proposal adapter on H2 with the Flyway schema and {@code ddl-auto: validate}. Not one test transaction:
 * every call of the adapter commits its own, as in the app, so a case read back really comes from the tables.
 * <p>
 * On PostgreSQL: {@code PROPOSAL_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/<empty database>} with
 * {@code PROPOSAL_TEST_DATABASE_USER} and {@code PROPOSAL_TEST_DATABASE_PASSWORD}.
 */
@DataJpaTest(showSql = false, properties = {
        "spring.datasource.url=${PROPOSAL_TEST_DATABASE_URL:jdbc:h2:mem:proposal-${random.uuid};DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${PROPOSAL_TEST_DATABASE_USER:sa}",
        "spring.datasource.password=${PROPOSAL_TEST_DATABASE_PASSWORD:}",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JpaCitizenProposals.class, ReceiptNumberSequence.class, ProposalEntityMapperImpl.class})
class JpaCitizenProposalsTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    @Autowired
    private JpaCitizenProposals proposals;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @AfterEach
    void deleteEverything() {
        jdbc.update("delete from proposal_case where merged_into is not null");
        jdbc.update("delete from proposal_case");
        jdbc.update("delete from proposal_receipt_sequence");
    }

    @ParameterizedTest
    @EnumSource(ProposalState.class)
    void a_case_in_every_state_comes_back_with_every_field_equal(ProposalState state) {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));
        ProposalSnapshot snapshot = inState("P2026-00002", state);

        proposals.add(proposal(snapshot));

        assertThat(proposals.find(new ReceiptNumber("P2026-00002")).orElseThrow().snapshot()).isEqualTo(snapshot);
    }

    @Test
    void every_column_is_written_for_a_case_that_has_everything() {
        ProposalSnapshot answered = inState("P2026-00002", ProposalState.ANSWERED);

        proposals.add(proposal(answered));

        Map<String, Object> row = jdbc.queryForMap("select * from proposal_case where receipt_number = 'P2026-00002'");
        assertThat(row).allSatisfy((column, value) -> assertThat(value).as(column).satisfiesAnyOf(
                v -> assertThat(column.toUpperCase(Locale.ROOT))
                        .isIn("DECISION_REASON", "MERGED_INTO", "WITHDRAWN_AT"),
                v -> assertThat(v).isNotNull()));
        assertThat(row).containsEntry("BODY", answered.text()).containsEntry("DIVISIONS", "kikaku-seisaku")
                .containsEntry("STATE", "ANSWERED").containsEntry("VERSION", 0L);
        assertThat(jdbc.queryForList("select initiative_code from proposal_adopted_initiative"
                + " where receipt_number = 'P2026-00002' order by position", String.class))
                .containsExactly("3-1.2", "1-3.1");
        assertThat(jdbc.queryForList("select position from proposal_initiative"
                + " where receipt_number = 'P2026-00002' order by position", Integer.class))
                .containsExactly(1, 2);
    }

    @Test
    void the_secret_is_stored_as_its_hash_only() {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));

        String row = jdbc.queryForMap("select * from proposal_case").toString();
        assertThat(row).doesNotContain(ProposalFixtures.SECRET.value())
                .contains(ProposalFixtures.SECRET.hash().value());
    }

    /** The domain counts code points; H2 counts UTF-16 units, two for 𠮷 or an emoji: the columns leave room. */
    @Test
    void texts_at_the_domains_length_limits_survive_even_outside_the_basic_plane() {
        String subject = "𠮷".repeat(100);
        String text = "二本松の菊人形🌼".repeat(500);
        Contact longest = new Contact("𠮷".repeat(30), "𩸽".repeat(30), "𠀋".repeat(50), "𡈽".repeat(200),
                "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61),
                "+81-243-23-1111-001");
        assertThat(subject.codePointCount(0, subject.length())).isEqualTo(100);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(4000);
        assertThat(longest.email()).hasSize(254);
        String answerText = "😀".repeat(4000);
        assertThat(answerText).hasSize(Answer.MAX_LENGTH);
        ProposalSnapshot snapshot = new ProposalFixtures.Builder("P2026-00001").state(ProposalState.ANSWERED)
                .divisions("kikaku-seisaku").subject(subject).text(text).contact(longest)
                .answer(new Answer(answerText, AnswerDelivery.EMAIL, ProposalFixtures.SENT_AT))
                .build();

        proposals.add(proposal(snapshot));

        assertThat(proposals.find(snapshot.receiptNumber()).orElseThrow().snapshot()).isEqualTo(snapshot);
    }

    @Test
    void a_case_changed_through_the_domain_is_stored_at_the_next_version() {
        ProposalSubmission submission = new ProposalSubmission(proposals,
                () -> new ProposalRules(Set.of("community"), code -> true), AnswerDeadlinePolicy.standard(),
                Clock.fixed(Instant.parse("2026-04-06T01:00:00Z"), ZoneId.of("Asia/Tokyo")));
        ProposalCases cases = new ProposalCases(proposals, Clock.systemUTC());
        ProposalSubmission.Submitted submitted = submission.submit(new ProposalDraft(Channel.WEB_FORM, null,
                "件名", "本文", "community", List.of("2-1.6"), "安達", "太郎", "油井", null, "taro@example.jp", null,
                true, PublicationConsent.ANONYMOUS));
        ReceiptNumber receiptNumber = submitted.receipt().receiptNumber();
        assertThat(receiptNumber).isEqualTo(new ReceiptNumber("P2026-00001"));

        cases.acceptForAnswer(receiptNumber, List.of("kikaku-seisaku", "toshi-keikaku"));

        CitizenProposal stored = proposals.find(receiptNumber).orElseThrow();
        assertThat(stored.state()).isEqualTo(ProposalState.IN_PROGRESS);
        assertThat(stored.divisions()).containsExactly("kikaku-seisaku", "toshi-keikaku");
        assertThat(stored.snapshot().version()).isEqualTo(1L);
        assertThat(stored.answerDueOn()).isEqualTo(submitted.receipt().answerDueOn());
        assertThat(stored.isAccessibleWith(submitted.receipt().secret())).isTrue();
    }

    @Test
    void an_adoption_added_later_is_stored_and_changed_with_its_initiatives() {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));
        proposals.update(changed("P2026-00001", p -> p.acceptForAnswer(List.of("kikaku-seisaku"))));
        proposals.update(changed("P2026-00001", p -> p.adopt(ProposalFixtures.adoption())));
        Adoption smaller = new Adoption(List.of(new InitiativeCode("4-1.1")), null, FiscalYear.of(2027), null);

        proposals.update(changed("P2026-00001", p -> p.adopt(smaller)));

        CitizenProposal stored = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        assertThat(stored.adoption()).contains(smaller);
        assertThat(stored.snapshot().version()).isEqualTo(3L);
        assertThat(jdbc.queryForObject("select count(*) from proposal_adopted_initiative", Integer.class)).isEqualTo(1);
    }

    @Test
    void updating_a_stale_copy_is_a_conflict_and_keeps_the_other_change() {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));
        CitizenProposal first = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        CitizenProposal second = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        first.acceptForAnswer(List.of("kikaku-seisaku"));
        proposals.update(first);
        second.reject("営利目的の宣伝のため。");

        assertThatThrownBy(() -> proposals.update(second))
                .isInstanceOf(ProposalConflictException.class)
                .hasMessageContaining("P2026-00001");

        CitizenProposal stored = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        assertThat(stored.state()).isEqualTo(ProposalState.IN_PROGRESS);
        assertThat(stored.snapshot().decisionReason()).isNull();
    }

    @Test
    void the_same_instance_updated_twice_is_a_conflict_until_read_again() {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));
        CitizenProposal proposal = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        proposal.acceptForAnswer(List.of("kikaku-seisaku"));
        proposals.update(proposal);
        proposal.withdraw(Instant.parse("2026-04-08T00:00:00Z"));

        assertThatThrownBy(() -> proposals.update(proposal)).isInstanceOf(ProposalConflictException.class);

        CitizenProposal reread = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        reread.withdraw(Instant.parse("2026-04-08T00:00:00Z"));
        proposals.update(reread);
        assertThat(proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow().state())
                .isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    void a_change_committed_after_the_row_was_read_is_a_conflict_found_by_the_version_column() throws Exception {
        proposals.add(proposal(inState("P2026-00001", ProposalState.RECEIVED)));
        CitizenProposal first = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        CitizenProposal second = proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow();
        first.acceptForAnswer(List.of("kikaku-seisaku"));
        second.keepAsInput("参考意見");
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> racing = new TransactionTemplate(transactionManager).execute(status -> {
                proposals.update(first);
                // the first update holds the row lock: the racing one reads version 0, passes the check in Java
                // and waits on its UPDATE until this transaction has committed version 1
                Future<?> other = otherNode.submit(() -> proposals.update(second));
                awaitWaitingUpdate();
                return other;
            });

            assertThatThrownBy(() -> racing.get(20, TimeUnit.SECONDS))
                    .cause().isInstanceOf(ProposalConflictException.class);
        } finally {
            otherNode.shutdownNow();
        }
        assertThat(proposals.find(new ReceiptNumber("P2026-00001")).orElseThrow().state())
                .isEqualTo(ProposalState.IN_PROGRESS);
    }

    @Test
    void an_unknown_case_is_not_found_and_cannot_be_updated() {
        assertThat(proposals.find(new ReceiptNumber("P2026-00009"))).isEmpty();

        assertThatThrownBy(() -> proposals.update(proposal(inState("P2026-00009", ProposalState.RECEIVED))))
                .isInstanceOf(UnknownProposalException.class);
    }

    @Test
    void a_cost_in_fractions_of_a_yen_is_refused_and_nothing_is_stored() {
        ProposalSnapshot snapshot = new ProposalFixtures.Builder("P2026-00001").state(ProposalState.IN_PROGRESS)
                .divisions("kikaku-seisaku").adoption(new Adoption(List.of(new InitiativeCode("1-1.1")),
                        new BigDecimal("1000.5"), null, null)).build();

        assertThatThrownBy(() -> proposals.add(proposal(snapshot)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000.5");
        assertThat(proposals.find(snapshot.receiptNumber())).isEmpty();
    }

    @Test
    void a_whole_cost_written_with_decimals_comes_back_as_the_same_amount() {
        ProposalSnapshot snapshot = new ProposalFixtures.Builder("P2026-00001").state(ProposalState.IN_PROGRESS)
                .divisions("kikaku-seisaku").adoption(new Adoption(List.of(new InitiativeCode("1-1.1")),
                        new BigDecimal("2500000.00"), null, null)).build();

        proposals.add(proposal(snapshot));

        assertThat(proposals.find(snapshot.receiptNumber()).orElseThrow().adoption().orElseThrow().estimatedCostYen())
                .isEqualByComparingTo("2500000");
    }

    @Test
    void a_division_with_a_comma_in_its_id_is_refused() {
        ProposalSnapshot snapshot = new ProposalFixtures.Builder("P2026-00001").state(ProposalState.IN_PROGRESS)
                .divisions("kikaku,seisaku").build();

        assertThatThrownBy(() -> proposals.add(proposal(snapshot)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kikaku,seisaku");
    }

    @Test
    void receipt_numbers_count_up_from_one_in_each_fiscal_year() {
        assertThat(proposals.nextReceiptNumber(FY2026)).isEqualTo(new ReceiptNumber("P2026-00001"));
        assertThat(proposals.nextReceiptNumber(FY2026)).isEqualTo(new ReceiptNumber("P2026-00002"));
        assertThat(proposals.nextReceiptNumber(FiscalYear.of(2027))).isEqualTo(new ReceiptNumber("P2027-00001"));
        assertThat(proposals.nextReceiptNumber(FY2026)).isEqualTo(new ReceiptNumber("P2026-00003"));
    }

    @Test
    void a_number_taken_in_a_transaction_that_rolls_back_is_handed_out_again() {
        proposals.nextReceiptNumber(FY2026);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        ReceiptNumber rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return proposals.nextReceiptNumber(FY2026);
        });

        assertThat(rolledBack).isEqualTo(new ReceiptNumber("P2026-00002"));
        assertThat(proposals.nextReceiptNumber(FY2026)).isEqualTo(new ReceiptNumber("P2026-00002"));
    }

    @Test
    void the_last_number_of_a_year_is_99999_and_then_the_year_is_used_up() {
        jdbc.update("insert into proposal_receipt_sequence (fiscal_year, last_value) values (2026, 99998)");

        assertThat(proposals.nextReceiptNumber(FY2026)).isEqualTo(new ReceiptNumber("P2026-99999"));
        assertThatThrownBy(() -> proposals.nextReceiptNumber(FY2026))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("used up");
    }

    @Test
    void threads_taking_numbers_at_once_get_distinct_consecutive_numbers_even_in_a_new_year() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<ReceiptNumber>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<ReceiptNumber>> taker = () -> {
                    start.await();
                    List<ReceiptNumber> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(proposals.nextReceiptNumber(FY2026));
                    }
                    return taken;
                };
                results.add(pool.submit(taker));
            }
            start.countDown();
            List<ReceiptNumber> all = new ArrayList<>();
            for (Future<List<ReceiptNumber>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * perThread)
                    .mapToObj(n -> ReceiptNumber.of(FY2026, n)).toList());
            assertThat(jdbc.queryForObject("select last_value from proposal_receipt_sequence where fiscal_year = 2026",
                    Long.class)).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void published_answers_come_newest_first_in_pages_masked_and_named_as_consented() {
        proposals.add(proposal(inState("P2026-00001", ProposalState.ANSWERED)));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00002").state(ProposalState.ANSWERED)
                .divisions("kikaku-seisaku").answer(ProposalFixtures.answer())
                .published(Instant.parse("2026-05-03T00:00:00Z")).consent(PublicationConsent.ANONYMOUS).build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00003").state(ProposalState.ANSWERED)
                .divisions("kikaku-seisaku").answer(ProposalFixtures.answer())
                .published(Instant.parse("2026-05-02T00:00:00Z")).build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00004").state(ProposalState.ANSWERED)
                .divisions("kikaku-seisaku").answer(ProposalFixtures.answer()).build()));
        proposals.add(proposal(inState("P2026-00005", ProposalState.IN_PROGRESS)));

        List<PublishedAnswer> all = proposals.published(0, 10);
        List<PublishedAnswer> secondPage = proposals.published(1, 1);

        assertThat(all).extracting(published -> published.receiptNumber().value())
                .containsExactly("P2026-00002", "P2026-00003", "P2026-00001");
        assertThat(secondPage).extracting(published -> published.receiptNumber().value())
                .containsExactly("P2026-00003");
        assertThat(all).extracting(PublishedAnswer::publicName)
                .containsExactly(PublishedAnswer.ANONYMOUS_NAME, "𠮷田", "𠮷田");
        assertThat(all.get(0).proposalText()).doesNotContain("090-1234-5678").contains("［電話番号］");
        assertThat(all.get(0).area()).isEqualTo("油井");
        assertThat(proposals.published(3, 10)).isEmpty();
    }

    @Test
    void a_page_of_published_answers_is_read_with_one_query_per_table_however_many_it_holds() {
        for (int n = 1; n <= 12; n++) {
            proposals.add(proposal(new ProposalFixtures.Builder(String.format("P2026-%05d", n))
                    .state(ProposalState.ANSWERED).divisions("kikaku-seisaku").answer(ProposalFixtures.answer())
                    .adoption(ProposalFixtures.adoption()).published(ProposalFixtures.PUBLISHED_AT.plusSeconds(n))
                    .build()));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<PublishedAnswer> page = proposals.published(0, 10);

        assertThat(page).hasSize(10).first().extracting(p -> p.receiptNumber().value()).isEqualTo("P2026-00012");
        // the cases, then the named and the adopted initiatives of all ten in one query each
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
    }

    @Test
    void a_page_of_published_answers_must_be_of_a_sensible_size() {
        assertThatThrownBy(() -> proposals.published(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proposals.published(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proposals.published(0, JpaCitizenProposals.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proposals_are_counted_by_the_initiatives_they_name_but_not_withdrawn_or_merged_ones() {
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00001").initiatives("2-1.6", "3-1.2").build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00002").initiatives("2-1.6").build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00003").initiatives("10-1.1", "2-1.6").build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00004").anonymous().build()));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00005").initiatives("2-1.6", "4-1.1").build()));
        proposals.update(changed("P2026-00005", p -> p.withdraw(java.time.Instant.parse("2026-05-01T00:00:00Z"))));
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00006").initiatives("2-1.6").build()));
        proposals.update(changed("P2026-00006", p -> p.mergeInto(new ReceiptNumber("P2026-00002"))));

        Map<InitiativeCode, Long> counts = proposals.countByInitiative();

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                new InitiativeCode("2-1.6"), 3L,
                new InitiativeCode("3-1.2"), 1L,
                new InitiativeCode("10-1.1"), 1L));
    }

    @Test
    void nothing_is_counted_when_no_proposal_names_an_initiative() {
        proposals.add(proposal(new ProposalFixtures.Builder("P2026-00001").anonymous().build()));

        assertThat(proposals.countByInitiative()).isEmpty();
    }

    private CitizenProposal changed(String receiptNumber, Consumer<CitizenProposal> change) {
        CitizenProposal proposal = proposals.find(new ReceiptNumber(receiptNumber)).orElseThrow();
        change.accept(proposal);
        return proposal;
    }

    /** The racing update has read the row and waits on its UPDATE for the first transaction's row lock. */
    private void awaitWaitingUpdate() {
        String waiting = isPostgres()
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and lower(query) like 'update proposal_case %'"
                : "select count(*) from information_schema.sessions"
                        + " where lower(executing_statement) like 'update proposal_case %'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waitingStatements(waiting) == 0) {
            assertThat(System.nanoTime()).as("nanos until the racing update").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** PostgreSQL keeps one statistics snapshot per transaction: it is cleared to see the racing session move. */
    private int waitingStatements(String query) {
        if (isPostgres()) {
            jdbc.queryForObject("select pg_stat_clear_snapshot()", Object.class);
        }
        return jdbc.queryForObject(query, Integer.class);
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((Connection connection) ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }
}
