package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.BookOrder;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus;
import club.lasertag.crm.domain.port.in.ClientOrderHistory;
import club.lasertag.crm.domain.port.in.EditOrder;
import club.lasertag.crm.domain.port.in.FindClients;
import club.lasertag.crm.domain.port.in.FindFreeStarts;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.RescheduleOrder;
import club.lasertag.crm.domain.port.in.ViewOrder;
import club.lasertag.crm.domain.port.in.ViewOrderMoney;

import java.time.Clock;

/** What of the domain the orders feature drives, and the club's rules and clock it shows by. */
public record OrderUseCases(
        FindClients findClients,
        ClientOrderHistory clientOrderHistory,
        BookOrder bookOrder,
        RescheduleOrder rescheduleOrder,
        EditOrder editOrder,
        ChangeOrderStatus changeOrderStatus,
        FindFreeStarts findFreeStarts,
        ViewOrder viewOrder,
        ManageStaff manageStaff,
        ViewOrderMoney orderMoney,
        ClubRules rules,
        Clock clock) {
}
