package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.port.in.StaffFeed;

/** What the feed server serves: the use case and the renderer, as {@link FeedModule} wires them. */
public final class FeedEndpoint {

    private final StaffFeed feed;
    private final IcalFeed ical;

    FeedEndpoint(StaffFeed feed, IcalFeed ical) {
        this.feed = feed;
        this.ical = ical;
    }

    StaffFeed feed() {
        return feed;
    }

    IcalFeed ical() {
        return ical;
    }
}
