package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.ExportData.ExportedOrder;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static club.lasertag.crm.domain.testing.TestCrm.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportServiceTest {

    private final TestCrm crm = new TestCrm();
    private final Client anna = crm.client(aClient().surname("Аннина").phone("+79990000001"));
    private final Client boris = crm.client(aClient().surname("Борисов").phone("+79990000002"));

    @Test
    void managersAndAdminsExportEveryClient() {
        List<Client> rows = new ArrayList<>();

        crm.exportService.clients(MANAGER, rows::add);
        crm.exportService.clients(ADMIN, rows::add);

        assertThat(rows).containsExactly(anna, boris, anna, boris);
    }

    @Test
    void instructorsAndStrangersExportNothing() {
        List<Client> rows = new ArrayList<>();

        assertThatThrownBy(() -> crm.exportService.clients(INSTRUCTOR, rows::add)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> crm.exportService.orders(ExportPeriod.of(YearMonth.of(2030, 6)), STRANGER, row -> { }))
                .isInstanceOf(NotPermitted.class);
        assertThat(rows).isEmpty();
    }

    @Test
    void ordersOfThePeriodsDaysInTheClubsZoneCancelledOnesToo() {
        Order firstDay = crm.booked(aBooking().client(anna.id()).on("2030-06-01").at("23:00").noRestRoom().gameMinutes(60));
        Order cancelled = crm.booked(aBooking().client(boris.id()).on("2030-06-15").at("15:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.booked(aBooking().client(anna.id()).on("2030-07-01").at("10:00")); // July: out
        List<ExportedOrder> rows = new ArrayList<>();

        crm.exportService.orders(ExportPeriod.of(YearMonth.of(2030, 6)), MANAGER, rows::add);

        assertThat(rows).extracting(row -> row.order().requireId()).containsExactly(firstDay.requireId(), cancelled.requireId());
        assertThat(rows.get(0).start()).isEqualTo(LocalDateTime.parse("2030-06-01T23:00"));
        assertThat(rows.get(0).client()).contains(anna);
        assertThat(rows.get(1).client()).contains(boris);
    }

    @Test
    void aYearRunsFromJanuaryToDecember() {
        assertThat(ExportPeriod.yearOf(LocalDate.of(2030, 6, 1)))
                .isEqualTo(new ExportPeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
        assertThatThrownBy(() -> new ExportPeriod(LocalDate.of(2030, 6, 2), LocalDate.of(2030, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
