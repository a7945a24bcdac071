package jp.cityplan.app.application.dashboard;

import java.util.List;

/**
 * A source of dashboard figures: one implementation per process or domain (citizen proposals, administrative
 * evaluation, indicators …). Adding a process's figures (public works, committee recruitment) is one more bean of
 * this type; the dashboard shows the figures of every bean, in bean order.
 */
public interface DashboardFigure {

    /** The figures of this source for the question asked. */
    List<Figure> compute(DashboardQuery query);
}
