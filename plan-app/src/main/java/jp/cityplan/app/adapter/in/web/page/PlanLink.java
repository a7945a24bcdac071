package jp.cityplan.app.adapter.in.web.page;

/** A plan as the landing page links to it. */
public record PlanLink(String id, String title, String municipality) {
}
