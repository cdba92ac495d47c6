package club.lasertag.crm.telegram.bot;

import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.BookOrder;
import club.lasertag.crm.domain.port.in.BriefingSettings;
import club.lasertag.crm.domain.port.in.Briefings;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus;
import club.lasertag.crm.domain.port.in.ClientOrderHistory;
import club.lasertag.crm.domain.port.in.DayPicture;
import club.lasertag.crm.domain.port.in.DaySchedule;
import club.lasertag.crm.domain.port.in.DeleteClient;
import club.lasertag.crm.domain.port.in.EditOrder;
import club.lasertag.crm.domain.port.in.FindClients;
import club.lasertag.crm.domain.port.in.FindFreeStarts;
import club.lasertag.crm.domain.port.in.BackUpDatabase;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.MonthOverview;
import club.lasertag.crm.domain.port.in.RescheduleOrder;
import club.lasertag.crm.domain.port.in.SaveClient;
import club.lasertag.crm.domain.port.in.ExportData;
import club.lasertag.crm.domain.port.in.StaffFeed;
import club.lasertag.crm.domain.port.in.ViewOrder;
import club.lasertag.crm.domain.port.in.ManagePrices;
import club.lasertag.crm.domain.port.in.QuotePrice;
import club.lasertag.crm.domain.port.in.RecordPayment;
import club.lasertag.crm.domain.port.in.ViewHistory;
import club.lasertag.crm.domain.port.in.ViewOrderMoney;
import club.lasertag.crm.telegram.money.MoneyUseCases;
import club.lasertag.crm.telegram.clients.ClientUseCases;
import club.lasertag.crm.telegram.feed.FeedAddress;
import club.lasertag.crm.telegram.orders.OrderUseCases;

import java.time.Clock;

/**
 * Everything of the domain the bot drives: its use cases, and the club's rules and phone reading it shows; each
 * feature gets the part it needs.
 */
public record UseCases(
        FindClients findClients,
        SaveClient saveClient,
        DeleteClient deleteClient,
        ClientOrderHistory clientOrderHistory,
        BookOrder bookOrder,
        RescheduleOrder rescheduleOrder,
        EditOrder editOrder,
        ChangeOrderStatus changeOrderStatus,
        FindFreeStarts findFreeStarts,
        ViewOrder viewOrder,
        MonthOverview monthOverview,
        DaySchedule daySchedule,
        ManageStaff manageStaff,
        BackUpDatabase backUpDatabase,
        ManagePrices managePrices,
        QuotePrice quotePrice,
        ViewOrderMoney orderMoney,
        RecordPayment recordPayment,
        ViewHistory viewHistory,
        Briefings briefings,
        BriefingSettings briefingSettings,
        PhoneNumbers phoneNumbers,
        ClubRules rules,
        Clock clock,
        DayPicture dayPicture,
        StaffFeed staffFeed,
        FeedAddress feedAddress,
        ExportData exportData) {

    public ClientUseCases clients() {
        return new ClientUseCases(findClients, saveClient, deleteClient, clientOrderHistory, phoneNumbers, rules);
    }

    public OrderUseCases orders() {
        return new OrderUseCases(findClients, clientOrderHistory, bookOrder, rescheduleOrder, editOrder,
                changeOrderStatus, findFreeStarts, viewOrder, manageStaff, orderMoney, rules, clock);
    }

    public MoneyUseCases money() {
        return new MoneyUseCases(managePrices, orderMoney, recordPayment, manageStaff, rules);
    }
}
