package jp.cityplan.app.config;

import java.time.Clock;
import java.util.concurrent.Executor;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.app.application.imports.CsvImports;
import jp.cityplan.app.application.imports.ImportRuns;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.plan.ComprehensivePlans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV import: in the background, one import at a time per upload ({@code imports.background}, default true; the
 * tests switch it off to run imports within the request).
 */
@Configuration
public class ImportConfiguration {

    @Bean
    CsvImports csvImports(ImportRuns runs, ComprehensivePlans plans, ObservationRecording recording,
                          AdministrativeEvaluations evaluations, PlatformTransactionManager transactionManager,
                          @Value("${imports.background:true}") boolean background, Clock clock) {
        Executor executor = background ? importThreads() : Runnable::run;
        return new CsvImports(runs, plans, recording, evaluations, new TransactionTemplate(transactionManager),
                executor, clock);
    }

    private static Executor importThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("csv-import-");
        threads.setConcurrencyLimit(2);
        return threads;
    }
}
