package club.lasertag.crm.telegram.bot;

import club.lasertag.crm.telegram.briefings.BriefingMessages;
import club.lasertag.crm.telegram.briefings.BriefingsFeature;
import club.lasertag.crm.telegram.calendar.CalendarFeature;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.clients.ClientsFeature;
import club.lasertag.crm.telegram.feed.FeedFeature;
import club.lasertag.crm.telegram.exports.ExportsFeature;
import club.lasertag.crm.telegram.help.HelpFeature;
import club.lasertag.crm.telegram.history.HistoryFeature;
import club.lasertag.crm.telegram.money.MoneyFeature;
import club.lasertag.crm.telegram.orders.OrdersFeature;
import club.lasertag.crm.telegram.staff.BackupFeature;
import club.lasertag.crm.telegram.staff.StaffFeature;

import java.util.List;

/** The bot's features, each built from the use cases it needs: the one place that knows them all. */
public final class Features {

    private Features() {
    }

    public static List<Feature<?>> all(UseCases useCases) {
        return List.of(
                new HelpFeature(),
                new ClientsFeature(useCases.clients()),
                new OrdersFeature(useCases.orders()),
                new CalendarFeature(useCases.monthOverview(), useCases.daySchedule(), useCases.dayPicture(),
                        useCases.rules(), useCases.clock(), useCases.orderMoney()),
                new StaffFeature(useCases.manageStaff()),
                new BackupFeature(useCases.backUpDatabase()),
                new FeedFeature(useCases.staffFeed(), useCases.feedAddress(), useCases.rules()),
                new ExportsFeature(useCases.exportData(), useCases.rules(), useCases.clock()),
                new MoneyFeature(useCases.money()),
                new HistoryFeature(useCases.viewHistory(), useCases.manageStaff(), useCases.rules()),
                new BriefingsFeature(useCases.briefingSettings(), new BriefingMessages(useCases.briefings()),
                        useCases.rules()));
    }
}
