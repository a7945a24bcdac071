package jp.cityplan.bench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.cityplan.bench.Cpu;
import jp.cityplan.bench.Database;
import jp.cityplan.bench.Phase;
import jp.cityplan.bench.sql.CountingDataSource;
import jp.cityplan.bench.sql.SqlCounts;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.workflow.proposal.CitizenProposalProcess.Elements;
import jp.cityplan.workflow.proposal.PersonalDataHistoryPlugin;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline: {@code citizen-proposal} with its decisions and forms on a bare engine (same database kind, history
 * FULL, job executor off, no authorization checks, no audit trail), driven through the Java API with the steps a web
 * proposal takes in the app: start by message, the save-point jobs, intake, draft, division head, final approval, the
 * mail job, publication. Each user task is looked up, claimed and completed by submitting its form, as Tasklist does.
 * Only the mail is stubbed; the delegates run the real domain services over in-memory proposals.
 */
public final class EngineOnlyBench implements AutoCloseable {

    static final String SUBJECT = "市のお知らせをメールでも届けてほしい";
    static final String TEXT = "広報紙だけでなくメールでもお知らせを受け取りたいです。詳しくは 090-1234-5678 までご連絡ください。";

    private final SqlCounts counts = new SqlCounts();
    private final ProposalEngineWorld world = new ProposalEngineWorld();
    private final ProcessEngine engine;
    private final ProposalProcessClient client;
    private final double startSeconds;

    public EngineOnlyBench(Database database, int poolSize) {
        long started = System.nanoTime();
        PooledDataSource pool = new PooledDataSource(database.driverClass(), database.url(), database.user(),
                database.password());
        pool.setPoolMaximumActiveConnections(poolSize);
        pool.setPoolMaximumIdleConnections(poolSize);
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-engine-only");
        configuration.setDataSource(CountingDataSource.wrap(pool, counts));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        // the Spring Boot starter's id generator, as in the app
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(world.beans());
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new PersonalDataHistoryPlugin())));
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench")
                .enableDuplicateFiltering(true);
        ProposalEngineWorld.RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
        client = new ProposalProcessClient(engine.getRuntimeService());
        startSeconds = (System.nanoTime() - started) / 1e9;
    }

    /** Seconds from nothing to an engine with the models deployed. */
    public double startSeconds() {
        return startSeconds;
    }

    public Map<String, Long> sqlSnapshot() {
        return counts.snapshot();
    }

    /** Runs {@code lifecycles} proposals from submission to published answer on {@code threads} threads. */
    public Phase run(String name, int lifecycles, int threads) throws Exception {
        Map<String, Long> sqlBefore = counts.snapshot();
        double cpuBefore = Cpu.ownCpuSeconds();
        long started = System.nanoTime();
        AtomicInteger toStart = new AtomicInteger(lifecycles);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (toStart.getAndDecrement() > 0) {
                        lifecycle();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = Cpu.ownCpuSeconds() - cpuBefore;
        return new Phase(name, "engine-only", threads, lifecycles, wall, cpu,
                SqlCounts.difference(counts.snapshot(), sqlBefore), null, null);
    }

    /** One web proposal, answered by e-mail and published. */
    void lifecycle() {
        ReceiptNumber receiptNumber = world.submission.submit(draft()).receipt().receiptNumber();
        String instance = client.start(receiptNumber);
        runDueJobs(instance);
        complete(instance, Elements.REVIEW_INTAKE, "kocho", Map.of("triageDecision", "ANSWER"));
        complete(instance, Elements.DRAFT_ANSWER, "koho", Map.of("draftText", "ご提案ありがとうございます。メール配信を始めます。"));
        complete(instance, Elements.APPROVE_BY_DIVISION_HEAD, "koho-kacho",
                Map.of("approved", true, "reviewComment", "よい回答です。"));
        complete(instance, Elements.APPROVE_FINALLY, "fukushicho", Map.of("approved", true, "adopted", false));
        runDueJobs(instance);
        complete(instance, Elements.APPROVE_PUBLICATION, "kocho", Map.of("publicationApproved", true));
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("proposal " + receiptNumber + " did not end");
        }
        world.proposals.forget(receiptNumber);
    }

    static ProposalDraft draft() {
        return new ProposalDraft(Channel.WEB_FORM, null, SUBJECT, TEXT, "public-relations", List.of(),
                "安達", "花子", "二本松地区", null, "hanako.adachi@example.jp", null, true, PublicationConsent.ANONYMOUS);
    }

    private void complete(String instance, String taskKey, String user, Map<String, Object> fields) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("no task " + taskKey + " in " + instance);
        }
        engine.getTaskService().claim(task.getId(), user);
        engine.getFormService().submitTaskForm(task.getId(), fields);
    }

    /** Runs the instance's due jobs (async continuations, mail) as the job executor would. */
    private void runDueJobs(String instance) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        throw new IllegalStateException("jobs of " + instance + " keep coming");
    }

    public long mailsSent() {
        return world.mail.sent.sum();
    }

    @Override
    public void close() {
        engine.close();
    }
}
