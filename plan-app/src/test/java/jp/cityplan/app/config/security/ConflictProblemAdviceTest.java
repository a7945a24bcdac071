package jp.cityplan.app.config.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import jp.cityplan.app.config.rest.OptimisticLockingProblemAdvice;
import jp.cityplan.app.config.rest.ProposalConflictProblemAdvice;
import jp.cityplan.domain.proposal.ProposalConflictException;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A concurrent change is a 409 problem in every JSON API, also behind a controller whose own advice ends in a
 * catch-all 500 (as the app's API advices do); without a stack trace or the exception's text.
 */
class ConflictProblemAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ConflictingController())
            .setControllerAdvice(new CatchAllAdvice(), new OptimisticLockingProblemAdvice(), new ProposalConflictProblemAdvice())
            .build();

    /** A controller without an advice of its own. */
    private final MockMvc withoutOwnAdvice = MockMvcBuilders.standaloneSetup(new ConflictingController())
            .setControllerAdvice(new OptimisticLockingProblemAdvice(), new ProposalConflictProblemAdvice())
            .build();

    @Test
    void the_engines_and_springs_optimistic_locking_failures_are_409_not_500() throws Exception {
        for (String kind : new String[] {"engine", "spring", "jpa"}) {
            mvc.perform(get("/conflict/{kind}", kind).locale(Locale.JAPANESE))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(409))
                    .andExpect(jsonPath("$.title").value("同時に変更されました"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("ACT_RU"))));
        }
        mvc.perform(get("/conflict/engine").locale(Locale.ENGLISH))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed meanwhile"));
    }

    @Test
    void a_proposal_changed_meanwhile_is_409() throws Exception {
        withoutOwnAdvice.perform(get("/conflict/proposal"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("P2026"))));
    }

    @Test
    void other_failures_are_left_to_the_controllers_own_advice() throws Exception {
        mvc.perform(get("/conflict/other")).andExpect(status().isInternalServerError());
    }

    @RestController
    static class ConflictingController {

        @GetMapping("/conflict/{kind}")
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "engine" -> new OptimisticLockingException("UPDATE ACT_RU_TASK failed");
                case "spring" -> new OptimisticLockingFailureException("ACT_RU_TASK");
                case "jpa" -> new ObjectOptimisticLockingFailureException("ProposalCase", 1L);
                case "proposal" -> new ProposalConflictException(new ReceiptNumber("P2026-00042"));
                default -> new IllegalStateException("boom");
            };
        }
    }

    /** Like the app's per-controller advices: a catch-all that answers 500. */
    @org.springframework.core.annotation.Order(0)
    @RestControllerAdvice
    static class CatchAllAdvice {

        @ExceptionHandler(Exception.class)
        org.springframework.http.ResponseEntity<String> unexpected(Exception failure) {
            return org.springframework.http.ResponseEntity.internalServerError().body("internal");
        }
    }
}
