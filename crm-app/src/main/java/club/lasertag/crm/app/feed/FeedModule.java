package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.port.in.StaffFeed;
import club.lasertag.crm.domain.service.FeedService;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * The calendar feed's adapter: its iCalendar renderer and the use case it serves. Starting the server is the
 * application's explicit step ({@link FeedServer#start}), as for the webhook.
 */
public final class FeedModule extends AbstractModule {

    @Provides
    @Singleton
    IcalFeed icalFeed() {
        return new IcalFeed();
    }

    @Provides
    StaffFeed staffFeed(FeedService service) {
        return service;
    }

    @Provides
    FeedEndpoint endpoint(StaffFeed feed, IcalFeed ical) {
        return new FeedEndpoint(feed, ical);
    }
}
