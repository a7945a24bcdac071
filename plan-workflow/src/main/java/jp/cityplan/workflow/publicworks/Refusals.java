package jp.cityplan.workflow.publicworks;

import java.util.function.Supplier;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;

/** Turns the domain's refusal of staff input into the engine's: the form submission fails, the task stays open. */
final class Refusals {

    private Refusals() {
    }

    static <T> T refusingBadInput(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidPublicWorksInputException refused) {
            throw PublicWorksInputException.of(refused);
        }
    }

    static void refusingBadInput(Runnable action) {
        refusingBadInput(() -> {
            action.run();
            return null;
        });
    }
}
