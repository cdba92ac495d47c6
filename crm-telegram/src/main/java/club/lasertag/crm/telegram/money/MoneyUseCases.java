package club.lasertag.crm.telegram.money;

import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.ManagePrices;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.RecordPayment;
import club.lasertag.crm.domain.port.in.ViewOrderMoney;

/** What of the domain the money feature drives. */
public record MoneyUseCases(ManagePrices prices, ViewOrderMoney orderMoney, RecordPayment payments,
        ManageStaff manageStaff, ClubRules rules) {
}
