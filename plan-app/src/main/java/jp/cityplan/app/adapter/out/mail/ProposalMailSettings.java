package jp.cityplan.app.adapter.out.mail;

import java.net.URI;
import java.util.Objects;

/**
 * What the proposal e-mails say about their sender and where they point.
 *
 * @param from        the sender address, e.g. {@code koho@city.nihonmatsu.example}
 * @param replyTo     where a citizen's reply goes (often the same as {@code from})
 * @param senderName  the sender's display name, e.g. 二本松市 広報広聴係
 * @param cityName    the city's name in subject lines, e.g. 二本松市
 * @param cityNameEn  the city's name in the English lines, e.g. Nihonmatsu City
 * @param statusPage  the public page where citizens check a proposal with its receipt number and secret
 * @param tasklist    where staff work on their tasks
 */
public record ProposalMailSettings(String from, String replyTo, String senderName, String cityName, String cityNameEn,
                                   URI statusPage, URI tasklist) {

    public ProposalMailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(cityNameEn, "cityNameEn");
        Objects.requireNonNull(statusPage, "statusPage");
        Objects.requireNonNull(tasklist, "tasklist");
    }
}
