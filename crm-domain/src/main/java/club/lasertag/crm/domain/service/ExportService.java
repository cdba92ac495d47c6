package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.ExportData;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDateTime;
import java.util.function.Consumer;

/** Exports: who may, and which rows, streamed from the source. */
public final class ExportService implements ExportData {

    private final ExportSource source;
    private final ClubRules rules;
    private final AccessPolicy access;

    public ExportService(ExportSource source, ClubRules rules, AccessPolicy access) {
        this.source = source;
        this.rules = rules;
        this.access = access;
    }

    @Override
    public void clients(StaffId by, Consumer<Client> each) {
        access.require(by, Permission.EXPORT_DATA);
        source.eachClient(each);
    }

    @Override
    public void orders(ExportPeriod period, StaffId by, Consumer<ExportedOrder> each) {
        access.require(by, Permission.EXPORT_DATA);
        source.eachOrder(period.first().atStartOfDay(rules.zone()).toInstant(),
                period.last().plusDays(1).atStartOfDay(rules.zone()).toInstant(),
                row -> each.accept(new ExportedOrder(row.order(), row.client(),
                        LocalDateTime.ofInstant(row.order().slot().start(), rules.zone()))));
    }
}
