package club.lasertag.crm.telegram;

import club.lasertag.crm.telegram.calendar.CalendarFeature;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.clients.ClientsFeature;
import club.lasertag.crm.telegram.help.HelpFeature;
import club.lasertag.crm.telegram.orders.OrdersFeature;
import club.lasertag.crm.telegram.staff.StaffFeature;

import java.util.List;

/** The bot's features, built from the use cases. */
public final class Features {

    private Features() {
    }

    public static List<Feature> all(UseCases useCases) {
        return List.of(
                new HelpFeature(),
                new ClientsFeature(useCases),
                new OrdersFeature(useCases),
                new CalendarFeature(useCases),
                new StaffFeature(useCases.manageStaff()));
    }
}
