package club.lasertag.crm.app;

import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.Briefings;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.Payments;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.domain.service.HistoryService;
import club.lasertag.crm.domain.service.MoneyService;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.service.BackupService;
import club.lasertag.crm.domain.service.BookingService;
import club.lasertag.crm.domain.service.BriefingService;
import club.lasertag.crm.domain.port.out.DayPictures;
import club.lasertag.crm.domain.service.CalendarService;
import club.lasertag.crm.domain.service.DayPictureService;
import club.lasertag.crm.domain.service.ClientService;
import club.lasertag.crm.domain.service.FeedService;
import club.lasertag.crm.domain.service.ExportService;
import club.lasertag.crm.domain.service.StaffService;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.telegram.feed.FeedAddress;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/** The domain's services over whatever ports the persistence module binds; the club's settings from the config. */
final class DomainModule extends AbstractModule {

    private final ClubRules rules;
    private final String phoneRegion;
    private final Set<StaffId> admins;
    private final FeedAddress feedAddress;

    /** @param feedAddress where the feed server is reached from outside ({@link FeedAddress#off()} without one) */
    DomainModule(ClubRules rules, String phoneRegion, Set<Long> admins, FeedAddress feedAddress) {
        this.rules = rules;
        this.feedAddress = feedAddress;
        this.phoneRegion = phoneRegion;
        // the bot identifies staff by Telegram user id, so a configured admin's staff id is their Telegram id
        this.admins = admins.stream().map(StaffId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    ClubRules rules() {
        return rules;
    }

    @Provides
    @Singleton
    PhoneNumbers phoneNumbers() {
        return new PhoneNumbers(phoneRegion);
    }

    @Provides
    @Singleton
    AccessPolicy accessPolicy(Staff staff) {
        return new AccessPolicy(admins, staff::byId);
    }

    @Provides
    @Singleton
    ClientService clientService(Clients clients, Orders orders, PhoneNumbers phones, Clock clock, AccessPolicy access,
            AuditLog audit) {
        return new ClientService(clients, orders, phones, clock, access, audit);
    }

    @Provides
    @Singleton
    BookingService bookingService(Orders orders, Clients clients, Clock clock, AccessPolicy access,
            PriceLists priceLists, OrderPrices orderPrices, AuditLog audit) {
        return new BookingService(orders, clients, rules, clock, access, priceLists, orderPrices, audit);
    }

    @Provides
    @Singleton
    CalendarService calendarService(Orders orders, Clients clients, Clock clock, AccessPolicy access) {
        return new CalendarService(orders, clients, rules, clock, access);
    }

    @Provides
    @Singleton
    DayPictureService dayPictureService(Orders orders, Clients clients, Clock clock, AccessPolicy access,
                                        DayPictures pictures) {
        return new DayPictureService(orders, clients, rules, clock, access, pictures);
    }

    @Provides
    @Singleton
    StaffService staffService(AccessPolicy access, Staff staff, AuditLog audit, Clock clock) {
        return new StaffService(access, staff, audit, clock);
    }

    @Provides
    @Singleton
    FeedService feedService(FeedTokens tokens, Orders orders, Clients clients, Clock clock, AccessPolicy access) {
        return new FeedService(tokens, orders, clients, rules, clock, access, new SecureRandom());
    }

    @Provides
    @Singleton
    MoneyService moneyService(Orders orders, PriceLists priceLists, OrderPrices orderPrices, Payments payments,
            AuditLog audit, Clock clock, AccessPolicy access) {
        return new MoneyService(orders, priceLists, orderPrices, payments, audit, rules, clock, access);
    }

    @Provides
    @Singleton
    ExportService exportService(ExportSource source, AccessPolicy access) {
        return new ExportService(source, rules, access);
    }

    @Provides
    @Singleton
    HistoryService historyService(AuditLog audit, AccessPolicy access) {
        return new HistoryService(audit, access);
    }

    @Provides
    @Singleton
    BackupService backupService(DatabaseBackups backups, AccessPolicy access, Clock clock) {
        return new BackupService(backups, access, clock, rules.zone());
    }

    @Provides
    @Singleton
    BriefingService briefingService(Orders orders, Clients clients, Staff staff, BriefingPreferences preferences,
                                    SentBriefings sent, Clock clock, AccessPolicy access) {
        return new BriefingService(orders, clients, staff, preferences, sent, rules, clock, access);
    }

    @Provides
    Briefings briefings(BriefingService service) {
        return service;
    }

    @Provides
    @Singleton
    UseCases useCases(ClientService clients, BookingService booking, CalendarService calendar, StaffService staff,
                      BackupService backups, DayPictureService dayPicture, FeedService feed, ExportService exports,
                      MoneyService money, HistoryService history, BriefingService briefings, PhoneNumbers phones,
                      Clock clock) {
        return new UseCases(clients, clients, clients, calendar, booking, booking, booking, booking, booking,
                calendar, calendar, calendar, staff, backups, money, money, money, money, history, briefings, briefings,
                phones, rules, clock, dayPicture, feed, feedAddress, exports);
    }
}
