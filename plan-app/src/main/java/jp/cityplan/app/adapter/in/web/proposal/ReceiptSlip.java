package jp.cityplan.app.adapter.in.web.proposal;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.WebUtils;

/**
 * What the confirmation page shows after the form was sent (Post/Redirect/Get): kept in the citizen's own session
 * under the form's one-time token until the page is shown, then removed, so the secret is shown once. A double
 * press of the button replays the submission; the replay finds the first slip still unshown and shows its secret.
 *
 * @param secret the secret's display form, null for a replay whose first page was already shown
 */
record ReceiptSlip(String receiptNumber, String secret, LocalDate answerDueOn, boolean replayed) implements Serializable {

    private static final String ATTRIBUTE = ReceiptSlip.class.getName();
    /** A session holds at most this many unshown slips (several tabs); the oldest goes first. */
    private static final int MAX_KEPT = 5;

    /** Keeps the slip; a replay never replaces a first slip that still has its secret. */
    static void keep(HttpSession session, String token, ReceiptSlip slip) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, ReceiptSlip> slips = slips(session);
            ReceiptSlip kept = slips.get(token);
            if (kept == null || kept.secret() == null) {
                slips.put(token, slip);
            }
            while (slips.size() > MAX_KEPT) {
                slips.remove(slips.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, slips);
        }
    }

    /** The slip, removed from the session: it is shown this once. */
    static Optional<ReceiptSlip> take(HttpSession session, String token) {
        if (session == null || token == null) {
            return Optional.empty();
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, ReceiptSlip> slips = slips(session);
            ReceiptSlip slip = slips.remove(token);
            session.setAttribute(ATTRIBUTE, slips);
            return Optional.ofNullable(slip);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ReceiptSlip> slips(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof Map<?, ?> map ? (Map<String, ReceiptSlip>) map : new LinkedHashMap<>();
    }

    @Override
    public String toString() {
        return "ReceiptSlip[" + receiptNumber + "]";
    }
}
