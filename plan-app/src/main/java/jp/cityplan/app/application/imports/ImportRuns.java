package jp.cityplan.app.application.imports;

import java.util.List;
import java.util.Optional;

/** The CSV import runs (repository). Each call commits on its own, so a page shows the progress while a run goes. */
public interface ImportRuns {

    void start(ImportRun run);

    void progress(String id, int totalRows, int processedRows, int storedRows, int rejectedRows);

    void reject(String id, List<ImportRun.Rejection> rejections);

    void finish(String id, ImportRun.State state);

    Optional<ImportRun> find(String id);

    /** The latest runs, newest first, without their rejections. */
    List<ImportRun> latest(int limit);
}
