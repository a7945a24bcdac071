package jp.cityplan.workflow.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.cityplan.domain.proposal.CitizenProposal;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The domain's clock reads the engine's: when a test moves engine time (timers), the domain's time moves too. */
final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return CitizenProposal.CITY_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine clock is in the city's zone");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
