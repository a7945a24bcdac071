package jp.cityplan.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRecordTest {

    private static final CaseReference PROPOSAL = new CaseReference("citizen-proposal", "P2026-00001");
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void a_case_is_named_by_its_process_and_reference() {
        assertThat(PROPOSAL.toString()).isEqualTo("citizen-proposal/P2026-00001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Citizen-Proposal", "citizen proposal", "1-process"})
    void a_process_that_is_no_process_id_is_refused(String process) {
        assertThatThrownBy(() -> new CaseReference(process, "P2026-00001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("process:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " P2026-00001", "二本松 花子", "a/b", "x'; drop table audit_record; --"})
    void a_reference_with_anything_but_an_id_in_it_is_refused(String reference) {
        assertThatThrownBy(() -> new CaseReference("citizen-proposal", reference))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reference:");
    }

    @Test
    void staff_are_recorded_by_user_id_and_citizens_and_the_system_by_kind_only() {
        assertThat(Actor.staff("koho").userId()).isEqualTo("koho");
        assertThat(Actor.signedInOrSystem(null)).isEqualTo(Actor.SYSTEM);
        assertThat(Actor.signedInOrSystem(" ")).isEqualTo(Actor.SYSTEM);
        assertThat(Actor.signedInOrSystem("seisaku")).isEqualTo(Actor.staff("seisaku"));
        assertThatThrownBy(() -> new Actor(Actor.Kind.CITIZEN, "hanako@example.jp"))
                .hasMessageStartingWith("userId:");
        assertThatThrownBy(() -> new Actor(Actor.Kind.STAFF, null)).hasMessageStartingWith("userId:");
    }

    @Test
    void blank_texts_are_left_out_and_long_ones_refused() {
        AuditRecord record = new AuditRecord(PROPOSAL, Actor.staff("koho"), AuditAction.TASK_COMPLETED, "  回答案を作成する ",
                " ", NOW);

        assertThat(record.subject()).isEqualTo("回答案を作成する");
        assertThat(record.detail()).isNull();
        assertThatThrownBy(() -> new AuditRecord(PROPOSAL, Actor.SYSTEM, AuditAction.CASE_ENDED, "あ".repeat(256), null,
                NOW)).hasMessageStartingWith("subject:");
        assertThat(new AuditRecord(PROPOSAL, Actor.SYSTEM, AuditAction.CASE_ENDED, "𠮷".repeat(255), null, NOW)
                .subject()).hasSize(510);
    }
}
