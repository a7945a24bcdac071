package jp.cityplan.app.config.rest;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The 409 problem for "changed by someone else meanwhile", in Japanese unless the reader chose English. */
final class ConflictProblems {

    private ConflictProblems() {
    }

    static ResponseEntity<ProblemDetail> conflict(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, english
                ? "Someone else changed this at the same time; nothing of your change was saved. Reload and try again."
                : "ほかの人が同時に変更したため、保存しませんでした。最新の状態を読み込んでから、もう一度お試しください。");
        problem.setTitle(english ? "Changed meanwhile" : "同時に変更されました");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
