package jp.cityplan.app.application.imports;

import java.time.Instant;
import java.util.List;

/** A CSV import: what, by whom, how far it got, and the problems of the rows it rejected. */
public record ImportRun(String id, ImportKind kind, String fileName, String startedBy, Instant startedAt,
                        Instant finishedAt, State state, int totalRows, int processedRows, int storedRows,
                        int rejectedRows, List<Rejection> rejections) {

    /** Where a run stands. */
    public enum State {
        RUNNING("取り込み中"), FINISHED("完了"), FAILED("失敗");

        private final String japaneseName;

        State(String japaneseName) {
            this.japaneseName = japaneseName;
        }

        public String japaneseName() {
            return japaneseName;
        }
    }

    /** One problem of a rejected row: its line in the file (the header is line 1), the column, the reason. */
    public record Rejection(int line, String column, String reason) {
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
